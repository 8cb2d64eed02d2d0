package org.vigie.collect.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.vigie.collect.fetch.FetchResult;
import org.vigie.collect.sources.Source;
import org.vigie.document.RawDocument;

/** Builds the {@link RawDocument}s web collectors deliver. */
final class WebDocuments {
  private WebDocuments() {}

  /** Whether a response is a page Vigie reads (HTML or plain text). */
  static boolean readable(FetchResult result) {
    return type(result) != null;
  }

  /** The document for a fetched page, with where its response was archived when it was. */
  static RawDocument page(
      Source source, PoliteFetcher.Page page, String url, Map<String, String> hints) {
    Map<String, String> all = page.archived() == null ? hints : page.archived().addTo(hints);
    return page(source, page.result(), url, all);
  }

  /**
   * The document for a fetched page.
   *
   * @param url the page's address as documents keep it (its canonical URL when it names one)
   */
  static RawDocument page(
      Source source, FetchResult result, String url, Map<String, String> hints) {
    return new RawDocument(
        result.url().toString(),
        source.id(),
        url,
        result.fetchedAt(),
        type(result),
        result.charset(),
        result.body(),
        withLanguage(source, hints));
  }

  /**
   * A document made of a feed entry's own text, when its article page could not be fetched.
   *
   * @param html whether {@code text} is HTML (else it is escaped)
   */
  static RawDocument entryText(
      Source source,
      String origin,
      String url,
      Instant fetchedAt,
      String title,
      String text,
      boolean html,
      Map<String, String> hints) {
    String body = html ? text : "<p>" + Entities.escape(text) + "</p>";
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + Entities.escape(title == null ? "" : title)
            + "</title></head><body><article>"
            + body
            + "</article></body></html>";
    return new RawDocument(
        origin,
        source.id(),
        url,
        fetchedAt,
        RawDocument.HTML,
        "UTF-8",
        page.getBytes(StandardCharsets.UTF_8),
        withLanguage(source, hints));
  }

  private static String type(FetchResult result) {
    String type = result.mediaType();
    if (type == null || result.isHtml()) {
      return RawDocument.HTML;
    }
    return type.equals("text/plain") ? RawDocument.TEXT : null;
  }

  private static Map<String, String> withLanguage(Source source, Map<String, String> hints) {
    Map<String, String> all = new HashMap<>();
    hints.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            all.put(key, value.strip());
          }
        });
    if (source.language() != null && !all.containsKey(RawDocument.Hint.LANGUAGE)) {
      all.put(RawDocument.Hint.LANGUAGE, source.language());
    }
    return all;
  }
}
