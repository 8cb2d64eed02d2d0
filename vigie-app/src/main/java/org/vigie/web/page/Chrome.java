package org.vigie.web.page;

/**
 * What every page's frame needs: the words of the interface, the page title, the link that switches
 * language, and who is reading (their name and links, and the CSRF token that the page's forms and
 * htmx requests send back).
 */
public record Chrome(WebText t, String title, String switchLanguageUrl, Viewer viewer) {

  /** A frame for the viewer of the request being handled ({@link Viewer#current()}). */
  public Chrome(WebText t, String title, String switchLanguageUrl) {
    this(t, title, switchLanguageUrl, Viewer.current());
  }

  /** The CSRF token for the page's {@code <meta>}, or empty without a session. */
  public String csrf() {
    return viewer.csrf() == null ? "" : viewer.csrf();
  }
}
