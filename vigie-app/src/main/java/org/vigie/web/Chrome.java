package org.vigie.web;

/**
 * What every page's frame needs: the words of the interface, the page title and the link that
 * switches language.
 */
public record Chrome(WebText t, String title, String switchLanguageUrl) {}
