package org.vigie.collect.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.List;
import java.util.Locale;

/**
 * One spelling per page, so that a page is fetched and remembered once: crawler-commons' {@link
 * BasicURLNormalizer} (lower-case scheme and host, default port and fragment dropped, dot segments
 * resolved, percent-encoding made canonical, query parameters sorted) plus the removal of tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}…). Thread-safe.
 */
public final class UrlNormalizer {
  /** Query parameters that only track visitors and never change the page. */
  public static final List<String> TRACKING_PARAMETERS =
      List.of(
          "utm_source",
          "utm_medium",
          "utm_campaign",
          "utm_term",
          "utm_content",
          "utm_id",
          "utm_name",
          "utm_reader",
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "xtor");

  private final BasicURLNormalizer normalizer =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_PARAMETERS).build();

  /** The normal form of {@code url}, or {@code null} when it is not a valid http(s) URL. */
  public String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String normal = normalizer.filter(url.strip());
    if (normal == null) {
      return null;
    }
    String lower = normal.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? normal : null;
  }
}
