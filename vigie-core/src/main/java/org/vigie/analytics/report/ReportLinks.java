package org.vigie.analytics.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The links from a report's figures back to the searches and pages that produced them. */
final class ReportLinks {
  private final String base;

  ReportLinks(String baseUrl) {
    this.base = baseUrl;
  }

  /** The search page for a query within a period, with facet filters ({@code field:value}). */
  String search(String query, Period period, String... filters) {
    String q = query.isBlank() ? period.queryText() : "(" + query + ") " + period.queryText();
    StringBuilder sb = new StringBuilder(base).append("/?q=").append(encode(q));
    for (String f : filters) {
      sb.append("&f=").append(encode(f));
    }
    return sb.toString();
  }

  String story(String id) {
    return base + "/stories/" + encode(id);
  }

  String document(String id) {
    return base + "/documents/" + encode(id);
  }

  String alert(long id) {
    return base + "/alerts/" + id;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
