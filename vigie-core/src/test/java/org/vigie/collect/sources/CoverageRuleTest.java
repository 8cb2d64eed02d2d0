package org.vigie.collect.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageRuleTest {
  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  /** A document every 6 hours for 20 days, the last one {@code quiet} ago. */
  static List<Instant> everySixHours(Duration quiet) {
    List<Instant> times = new ArrayList<>();
    Instant last = NOW.minus(quiet);
    for (int i = 0; i < 80; i++) {
      times.add(last.minus(Duration.ofHours(6L * i)));
    }
    return times;
  }

  @Test
  void countsDocumentsPerDayOverTheChartWindow() {
    Coverage c = CoverageRule.of(everySixHours(Duration.ZERO), Duration.ofHours(1), NOW, 7);
    assertThat(c.days()).hasSize(7);
    assertThat(c.days().getLast().day()).isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(c.days())
        .extracting(Coverage.Day::documents)
        .containsExactly(4L, 4L, 4L, 4L, 4L, 4L, 3L);
    assertThat(c.lastMonth()).isEqualTo(80);
    assertThat(c.perDay()).isEqualTo(80 / 30.0);
    assertThat(c.usualInterval()).isEqualTo(Duration.ofHours(6));
    assertThat(c.silent()).isFalse();
  }

  @Test
  void aSourceQuietForMoreThanThreeTimesItsRhythmIsSilent() {
    // 3 × 6 h = 18 h, raised to one day (the floor).
    assertThat(
            CoverageRule.of(everySixHours(Duration.ofHours(23)), Duration.ofHours(1), NOW, 7)
                .silent())
        .isFalse();
    Coverage quiet =
        CoverageRule.of(everySixHours(Duration.ofHours(25)), Duration.ofHours(1), NOW, 7);
    assertThat(quiet.silent()).isTrue();
    assertThat(quiet.lastDocument()).isEqualTo(NOW.minus(Duration.ofHours(25)));
    // A long schedule raises the threshold; no schedule means never silent.
    assertThat(
            CoverageRule.of(everySixHours(Duration.ofHours(25)), Duration.ofDays(2), NOW, 7)
                .silent())
        .isFalse();
    assertThat(CoverageRule.of(everySixHours(Duration.ofDays(40)), null, NOW, 7).silent())
        .isFalse();
    // Stopped 40 days ago: its rhythm is measured before it stopped, so it is silent.
    Coverage stopped =
        CoverageRule.of(everySixHours(Duration.ofDays(40)), Duration.ofHours(1), NOW, 7);
    assertThat(stopped.silent()).isTrue();
    assertThat(stopped.lastMonth()).isZero();
    assertThat(stopped.days()).allMatch(d -> d.documents() == 0);
  }

  @Test
  void aNewSourceWithAnOldArchiveIsNotSilentAfterItsFirstRunButIsWhenItStaysQuiet() {
    // Registered an hour ago, its first run brought back issues whose newest is 40 days old.
    List<Instant> backIssues = everySixHours(Duration.ofDays(40));
    Instant registered = NOW.minus(Duration.ofHours(1));
    assertThat(CoverageRule.of(backIssues, Duration.ofHours(1), registered, NOW, 7).silent())
        .as("watched for an hour only")
        .isFalse();
    assertThat(
            CoverageRule.of(
                    backIssues, Duration.ofHours(1), registered, NOW.plus(Duration.ofDays(2)), 7)
                .silent())
        .as("nothing new two days after it was registered")
        .isTrue();
    assertThat(
            CoverageRule.of(
                    everySixHours(Duration.ofHours(25)),
                    Duration.ofHours(1),
                    NOW.minus(Duration.ofDays(90)),
                    NOW,
                    7)
                .silent())
        .as("registered long ago: the newest document counts")
        .isTrue();
  }

  @Test
  void aSlowSourceIsJudgedByItsOwnRhythmAndTwoDocumentsAreNoRhythm() {
    List<Instant> weekly =
        List.of(
            NOW.minus(Duration.ofDays(29)),
            NOW.minus(Duration.ofDays(22)),
            NOW.minus(Duration.ofDays(15)),
            NOW.minus(Duration.ofDays(8)));
    Coverage c = CoverageRule.of(weekly, Duration.ofHours(1), NOW, 30);
    assertThat(c.usualInterval()).isEqualTo(Duration.ofDays(7));
    assertThat(c.silent()).isFalse();
    assertThat(CoverageRule.of(weekly.subList(0, 2), Duration.ofHours(1), NOW, 30).usualInterval())
        .isNull();
    assertThat(CoverageRule.of(List.of(), Duration.ofHours(1), NOW, 30).silent()).isFalse();
  }

  @Test
  void backoffDoublesFromTheScheduleUpToADay() {
    Duration hour = Duration.ofHours(1);
    assertThat(Backoff.delay(hour, 0)).isEqualTo(hour);
    assertThat(Backoff.delay(hour, 1)).isEqualTo(Duration.ofHours(2));
    assertThat(Backoff.delay(hour, 4)).isEqualTo(Duration.ofHours(16));
    assertThat(Backoff.delay(hour, 5)).isEqualTo(Duration.ofDays(1));
    assertThat(Backoff.delay(hour, 500)).isEqualTo(Duration.ofDays(1));
    assertThat(Backoff.delay(Duration.ofDays(7), 3)).isEqualTo(Duration.ofDays(7));
    assertThat(Backoff.nextDue(null, NOW, 2)).isNull();
  }
}
