package org.vigie.web.page;

/** A value with its count (formatted) and, when it has one, a page. */
public record Counted(String label, String count, String url) {}
