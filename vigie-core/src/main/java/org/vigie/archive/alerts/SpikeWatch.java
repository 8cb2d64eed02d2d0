package org.vigie.archive.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.vigie.analytics.SeasonalSpikes;

/**
 * Spike rules: the last complete hour's matches against the same hour of the previous seven days
 * ({@link SeasonalSpikes}); one alert per spike, then a cool-down.
 */
final class SpikeWatch {
  static final Duration COOL_DOWN = Duration.ofHours(6);
  private static final SeasonalSpikes SPIKES = SeasonalSpikes.standard();

  private final AlertService alerts;

  SpikeWatch(AlertService alerts) {
    this.alerts = alerts;
  }

  int run(Instant now) {
    Instant hourEnd = now.truncatedTo(ChronoUnit.HOURS);
    int days = SPIKES.days();
    Instant from = hourEnd.minus(Duration.ofHours(24L * days + 1));
    int raised = 0;
    for (AlertRule r : alerts.rules().list()) {
      if (r.mode() != AlertRule.Mode.SPIKE || !r.enabled()) {
        continue;
      }
      var last = alerts.rules().lastSpike(r.id());
      if (last.isPresent() && last.get().plus(COOL_DOWN).isAfter(now)) {
        continue;
      }
      long[] hourly = alerts.matches().hourly(r.id(), from, 24 * days + 1);
      int i = hourly.length - 1;
      long[] before = SPIKES.baseline(hourly, i);
      if (SPIKES.isSpike(hourly[i], before)) {
        double mean = java.util.Arrays.stream(before).average().orElse(0);
        alerts
            .matches()
            .spike(r, note(r, hourly[i], mean, hourEnd), alerts.matches().recent(r.id(), 5), now);
        raised++;
      }
    }
    return raised;
  }

  private static String note(AlertRule r, long count, double mean, Instant hourEnd) {
    DateTimeFormatter hh = DateTimeFormatter.ofPattern("HH:mm").withZone(r.zone());
    String span = hh.format(hourEnd.minus(Duration.ofHours(1))) + "–" + hh.format(hourEnd);
    return "en".equals(r.language())
        ? String.format(
            Locale.ROOT,
            "%d documents between %s, %.1f on average at this hour over the last 7 days",
            count,
            span,
            mean)
        : String.format(
            Locale.FRANCE,
            "%d documents entre %s, %.1f en moyenne à cette heure les 7 jours précédents",
            count,
            span,
            mean);
  }
}
