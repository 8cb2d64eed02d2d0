package org.vigie.web.coordination;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.coordination.CoordinationRequest;
import org.vigie.archive.coordination.CoordinationService;

/**
 * Runs asked for from the pages or the API, one at a time in the background (a run reads many
 * posts; two at once would only share the same cores), with the progress of each while it runs.
 */
final class CoordinationJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CoordinationJobs.class);
  private final CoordinationService service;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().name("vigie-coordination").daemon().unstarted(r));
  private final Map<Long, CoordinationService.Progress> progress = new ConcurrentHashMap<>();

  CoordinationJobs(CoordinationService service) {
    this.service = service;
  }

  /** Records the run and queues it; answers its id at once. */
  long submit(CoordinationRequest request) {
    long id = service.start(request);
    progress.put(id, new CoordinationService.Progress("queued", 0, 0));
    worker.execute(
        () -> {
          try {
            service.execute(id, request, p -> progress.put(id, p));
          } catch (RuntimeException e) {
            LOG.warn("coordination run {} failed: {}", id, e.toString());
          } finally {
            progress.remove(id);
          }
        });
    return id;
  }

  /** A queued or running run's progress; empty once it ended. */
  Optional<CoordinationService.Progress> progress(long id) {
    return Optional.ofNullable(progress.get(id));
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
