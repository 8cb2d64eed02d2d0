package org.vigie.archive.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.coordination.CoordinationRecords.Group;
import org.vigie.archive.coordination.CoordinationRecords.Run;

/**
 * The background watch: every few minutes, re-examines the posts of the recent window (the last 24
 * hours by default) so that a new coordinated group is found within minutes of its posts arriving.
 * Each run is stored (trigger {@code watch}) and followed from the watch run before; the groups it
 * finds new or grown are handed to a listener (the alerts). Watch runs that changed nothing are
 * deleted after a week. One thread; a run that fails is logged and the next one runs on time.
 */
public final class CoordinationWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CoordinationWatch.class);
  private static final Duration KEEP_QUIET_RUNS = Duration.ofDays(7);

  private final CoordinationService service;
  private final CoordinationRequest template;
  private final Duration span;
  private final Clock clock;
  private final Consumer<List<Group>> onNewGroups;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("vigie-coordination-watch").daemon().unstarted(r));

  /**
   * @param template the query, platforms, kinds and settings of every watch run (its period is
   *     replaced)
   * @param span how far back each run looks
   * @param onNewGroups told of the groups a run found new or grown
   */
  public CoordinationWatch(
      CoordinationService service,
      CoordinationRequest template,
      Duration span,
      Clock clock,
      Consumer<List<Group>> onNewGroups) {
    this.service = service;
    this.template = template;
    this.span = span;
    this.clock = clock;
    this.onNewGroups = onNewGroups;
  }

  /** Runs now, then every {@code every}. */
  public void start(Duration every) {
    timer.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One watch run over the window ending now; answers it (or null when it failed). */
  public Run runOnce() {
    Instant now = clock.instant();
    try {
      CoordinationRequest r =
          new CoordinationRequest(
              template.query(),
              now.minus(span),
              now,
              template.platforms(),
              template.kinds(),
              template.settings(),
              CoordinationRequest.WATCH);
      Run run = service.run(r, p -> {});
      List<Group> changed =
          service.groups(run.id()).stream()
              .filter(g -> g.change().equals("new") || g.change().equals("grown"))
              .toList();
      for (Group g : changed) {
        LOG.info(
            "coordination watch: {} group of {} accounts (run {}, /coordination/groups/{})",
            g.change(),
            g.size(),
            run.id(),
            g.id());
      }
      if (!changed.isEmpty()) {
        onNewGroups.accept(changed);
      }
      service.pruneWatchRuns(now.minus(KEEP_QUIET_RUNS));
      return run;
    } catch (RuntimeException e) {
      LOG.warn("coordination watch run failed: {}", e.toString());
      return null;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
