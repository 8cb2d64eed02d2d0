package org.vigie.archive.coordination;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.coordination.ObjectKind;
import org.vigie.analytics.coordination.PostShares;

/**
 * What a coordination run over archived posts looks at, and with which settings.
 *
 * @param query a Vigie query the posts must match (empty: every post)
 * @param from the first instant of the period (inclusive)
 * @param to the end of the period (exclusive)
 * @param platforms the platforms to read (empty: all)
 * @param kinds the kinds of objects that count as the same thing shared
 * @param settings the detector's window, minimum participation, edge quantile and fast window
 * @param trigger {@link #MANUAL} (a person asked) or {@link #WATCH} (the background watch)
 */
public record CoordinationRequest(
    String query,
    Instant from,
    Instant to,
    Set<String> platforms,
    Set<ObjectKind> kinds,
    CoordinationSettings settings,
    String trigger) {
  public static final String MANUAL = "manual";
  public static final String WATCH = "watch";

  public CoordinationRequest {
    query = query == null ? "" : query.strip();
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the period ends before it starts: " + from + " → " + to);
    }
    platforms = Set.copyOf(new TreeSet<>(platforms == null ? Set.of() : platforms));
    kinds = kinds == null || kinds.isEmpty() ? PostShares.ALL : EnumSet.copyOf(kinds);
    Objects.requireNonNull(settings, "settings");
    if (!MANUAL.equals(trigger) && !WATCH.equals(trigger)) {
      throw new IllegalArgumentException("trigger must be manual or watch: " + trigger);
    }
  }

  /** Every post of the period, all kinds of objects, 60 s, minimum participation 2, 10 s fast. */
  public static CoordinationRequest of(Instant from, Instant to) {
    return new CoordinationRequest(
        "",
        from,
        to,
        Set.of(),
        PostShares.ALL,
        CoordinationSettings.of(60, 2).withFastWindow(10),
        MANUAL);
  }

  public CoordinationRequest withQuery(String q) {
    return new CoordinationRequest(q, from, to, platforms, kinds, settings, trigger);
  }

  public CoordinationRequest withPlatforms(Set<String> p) {
    return new CoordinationRequest(query, from, to, p, kinds, settings, trigger);
  }

  public CoordinationRequest withKinds(Set<ObjectKind> k) {
    return new CoordinationRequest(query, from, to, platforms, k, settings, trigger);
  }

  public CoordinationRequest withSettings(CoordinationSettings s) {
    return new CoordinationRequest(query, from, to, platforms, kinds, s, trigger);
  }

  public CoordinationRequest watched() {
    return new CoordinationRequest(query, from, to, platforms, kinds, settings, WATCH);
  }
}
