package org.vigie.web.page;

/** An error page: what went wrong, in the user's language. */
public record ErrorView(Chrome chrome, String message) {}
