package org.vigie.web.page;

/** A choice in a select box. */
public record Option(String value, String label, boolean selected) {}
