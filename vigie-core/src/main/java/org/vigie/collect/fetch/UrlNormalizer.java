package org.vigie.collect.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** An IPv6 literal host ({@code http://[2001:db8::1]:8080/}). */
  private static final Pattern IPV6_HOST = Pattern.compile("://\\[([0-9A-Fa-f:.]+)\\]");

  private static final String STAND_IN = "ipv6-literal.invalid";

  private final BasicURLNormalizer normalizer =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_PARAMETERS).build();

  /** The normal form of {@code url}, or {@code null} when it is not a valid http(s) URL. */
  public String normalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String stripped = url.strip();
    Matcher v6 = IPV6_HOST.matcher(stripped);
    if (v6.find()) { // the normaliser refuses IPv6 literals: normalise with a stand-in host
      String literal = v6.group(1).toLowerCase(Locale.ROOT);
      String normal =
          normalizer.filter(v6.replaceFirst(Matcher.quoteReplacement("://" + STAND_IN)));
      return normal == null ? null : normalize(normal).replace(STAND_IN, "[" + literal + "]");
    }
    String normal = normalizer.filter(stripped);
    if (normal == null) {
      return null;
    }
    String lower = normal.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? normal : null;
  }
}
