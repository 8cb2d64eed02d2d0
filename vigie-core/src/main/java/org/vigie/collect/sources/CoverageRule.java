package org.vigie.collect.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a source's {@link Coverage} from its documents' times (pure: no store, no clock).
 *
 * <p><b>Silent gap</b>: a scheduled source is <em>silent</em> when the time since its newest
 * document exceeds three times its median interval between documents over the 30 days ending at
 * that newest document, and at least its schedule, and at least one day (publication dates are
 * often known to the day only). Its rhythm needs at least three documents in those 30 days; a
 * source without a schedule (collected by hand) is never called silent. The quiet time runs from
 * its newest document or from when it was registered, whichever is later: a new source whose
 * archive is old (a feed's back issues, an import) is not silent after its first successful run.
 */
public final class CoverageRule {
  /** The window of the documents-per-day average and of the rhythm. */
  public static final int MONTH_DAYS = 30;

  /** How many times its usual interval a source may stay quiet. */
  public static final int TOLERANCE = 3;

  private static final Duration MONTH = Duration.ofDays(MONTH_DAYS);

  private CoverageRule() {}

  /**
   * The coverage of a source.
   *
   * @param times its documents' times, in any order
   * @param schedule how often it is collected, or {@code null}
   * @param now the present
   * @param chartDays how many days the chart shows, ending today
   */
  public static Coverage of(List<Instant> times, Duration schedule, Instant now, int chartDays) {
    return of(times, schedule, null, now, chartDays);
  }

  /**
   * The coverage of a source watched since {@code registeredAt} (null when not known).
   *
   * @param times its documents' times, in any order
   */
  public static Coverage of(
      List<Instant> times, Duration schedule, Instant registeredAt, Instant now, int chartDays) {
    List<Instant> sorted = times.stream().sorted().toList();
    Instant last = sorted.isEmpty() ? null : sorted.getLast();
    Duration usual = last == null ? null : usualInterval(sorted, last);
    long lastMonth = sorted.stream().filter(t -> t.isAfter(now.minus(MONTH))).count();
    Instant quietSince =
        last != null && registeredAt != null && registeredAt.isAfter(last) ? registeredAt : last;
    boolean silent = silent(quietSince, usual, schedule, now);
    return new Coverage(perDay(sorted, now, chartDays), lastMonth, last, usual, silent);
  }

  /** The median interval between the documents of the 30 days ending at {@code last}. */
  static Duration usualInterval(List<Instant> sorted, Instant last) {
    List<Instant> recent =
        sorted.stream().filter(t -> !t.isBefore(last.minus(MONTH)) && !t.isAfter(last)).toList();
    if (recent.size() < 3) {
      return null;
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < recent.size(); i++) {
      gaps.add(Duration.between(recent.get(i - 1), recent.get(i)));
    }
    gaps.sort(Comparator.naturalOrder());
    int n = gaps.size();
    return n % 2 == 1 ? gaps.get(n / 2) : gaps.get(n / 2 - 1).plus(gaps.get(n / 2)).dividedBy(2);
  }

  /** Whether the quiet time since {@code last} is longer than the source's rhythm allows. */
  public static boolean silent(Instant last, Duration usual, Duration schedule, Instant now) {
    if (schedule == null || usual == null) {
      return false;
    }
    Duration allowed = usual.multipliedBy(TOLERANCE);
    if (allowed.compareTo(schedule) < 0) {
      allowed = schedule;
    }
    if (allowed.compareTo(Duration.ofDays(1)) < 0) {
      allowed = Duration.ofDays(1);
    }
    return Duration.between(last, now).compareTo(allowed) > 0;
  }

  private static List<Coverage.Day> perDay(List<Instant> sorted, Instant now, int chartDays) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate first = today.minusDays(chartDays - 1L);
    Map<LocalDate, Long> counts = new TreeMap<>();
    for (Instant t : sorted) {
      LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
      if (!day.isBefore(first) && !day.isAfter(today)) {
        counts.merge(day, 1L, Long::sum);
      }
    }
    List<Coverage.Day> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      days.add(new Coverage.Day(d, counts.getOrDefault(d, 0L)));
    }
    return days;
  }
}
