package org.vigie.web;

/** An error page: what went wrong, in the user's language. */
public record ErrorView(Chrome chrome, String message) {}
