package org.vigie.web.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.coordination.ObjectKind;
import org.vigie.archive.coordination.CoordinationRequest;
import org.vigie.search.QueryParser;

/**
 * A run as a form or a JSON body asks for it: {@code from} and {@code to} (days, both included,
 * default the last 7 days), {@code query}, {@code platforms} (comma-separated), {@code window}
 * (seconds, default 60), {@code minParticipation} (default 2), {@code fastWindow} (default 10),
 * {@code quantile} (default 0.5) and {@code kinds} (url, hashtag, forward, text, media; default
 * all). A bad value throws {@link IllegalArgumentException} naming the field.
 */
public record CoordinationParams(
    String from,
    String to,
    String query,
    String platforms,
    String window,
    String minParticipation,
    String fastWindow,
    String quantile,
    List<String> kinds) {

  static CoordinationParams defaults(Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new CoordinationParams(
        today.minusDays(6).toString(),
        today.toString(),
        "",
        "",
        "60",
        "2",
        "10",
        "0.5",
        Arrays.stream(ObjectKind.values())
            .filter(k -> k != ObjectKind.OTHER)
            .map(k -> k.name().toLowerCase(Locale.ROOT))
            .toList());
  }

  /** Reads the fields with {@code value} (absent: null) and {@code kinds}, defaults elsewhere. */
  static CoordinationParams read(Function<String, String> value, List<String> kinds, Clock clock) {
    CoordinationParams d = defaults(clock);
    return new CoordinationParams(
        or(value.apply("from"), d.from),
        or(value.apply("to"), d.to),
        or(value.apply("query"), ""),
        or(value.apply("platforms"), ""),
        or(value.apply("window"), d.window),
        or(value.apply("minParticipation"), d.minParticipation),
        or(value.apply("fastWindow"), d.fastWindow),
        or(value.apply("quantile"), d.quantile),
        kinds == null || kinds.isEmpty() ? d.kinds : kinds);
  }

  CoordinationRequest request() {
    LocalDate f = day("from", from);
    LocalDate t = day("to", to);
    if (t.isBefore(f)) {
      throw new IllegalArgumentException(
          "to: the period ends before it starts (" + from + " → " + to + ")");
    }
    if (!query.isBlank()) {
      QueryParser.parse(query); // a syntax error is reported as such
    }
    long w = number("window", window, 0, 86_400);
    int min = (int) number("minParticipation", minParticipation, 1, 1000);
    long fast = number("fastWindow", fastWindow, 0, w);
    double q;
    try {
      q = Double.parseDouble(quantile);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("quantile: not a number: " + quantile);
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile: must be between 0 and 1: " + quantile);
    }
    Set<ObjectKind> k = EnumSet.noneOf(ObjectKind.class);
    for (String name : kinds) {
      try {
        k.add(ObjectKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("kinds: unknown kind of object: " + name);
      }
    }
    Set<String> p =
        Arrays.stream(platforms.split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    return new CoordinationRequest(
        query,
        f.atStartOfDay(ZoneOffset.UTC).toInstant(),
        t.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        p,
        k,
        new CoordinationSettings(w, min, q, fast, true),
        CoordinationRequest.MANUAL);
  }

  public boolean hasKind(String kind) {
    return kinds.contains(kind);
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": not a day (YYYY-MM-DD): " + value);
    }
  }

  private static long number(String field, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": not a whole number: " + value);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          field + ": must be between " + min + " and " + max + ": " + n);
    }
    return n;
  }

  private static String or(String v, String fallback) {
    return v == null || v.isBlank() ? fallback : v.strip();
  }
}
