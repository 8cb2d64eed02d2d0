package org.vigie.web.alerts;

import java.util.List;

/** A search's query and its facet filters ({@code f=field:value}) as one alert query. */
final class AlertQuery {
  private AlertQuery() {}

  static String of(String q, List<String> filters) {
    StringBuilder b = new StringBuilder(q == null ? "" : q.strip());
    for (String f : filters) {
      int colon = f.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String value = f.substring(colon + 1).replace("\"", "");
      String term = f.substring(0, colon) + ":\"" + value + "\"";
      b.append(b.isEmpty() ? "" : " ").append(term);
    }
    return b.toString();
  }
}
