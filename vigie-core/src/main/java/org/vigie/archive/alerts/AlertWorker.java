package org.vigie.archive.alerts;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's background worker for alerts: drains the outbox at once when a match queues a
 * message and every two seconds (retries), eight attempts at a time; writes the digests due every
 * minute; looks for spikes every ten minutes. An error is logged and the next pass goes on; nothing
 * is lost, since the outbox is in the catalog.
 */
public final class AlertWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertWorker.class);
  static final Duration DELIVERY = Duration.ofSeconds(2);

  /** Deliveries attempted at once: they mostly wait on receivers. */
  static final int PARALLEL = 8;

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("vigie-alerts").daemon(true).unstarted(r));
  private final java.util.concurrent.ExecutorService senders =
      Executors.newFixedThreadPool(
          PARALLEL, r -> Thread.ofPlatform().name("vigie-alert-send").daemon(true).unstarted(r));
  private final java.util.concurrent.atomic.AtomicBoolean wakeQueued =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final AlertService alerts;

  public AlertWorker(AlertService alerts) {
    this.alerts = alerts;
    executor.scheduleWithFixedDelay(
        () -> guarded("delivery", () -> alerts.deliverDue(senders)),
        0,
        DELIVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    // a queued message is delivered at once, not at the next pass
    alerts.onQueued(
        () -> {
          if (wakeQueued.compareAndSet(false, true)) {
            executor.execute(
                () -> {
                  wakeQueued.set(false);
                  guarded("delivery", () -> alerts.deliverDue(senders));
                });
          }
        });
    executor.scheduleWithFixedDelay(
        () -> guarded("digests", alerts::runDigests), 5, 60, TimeUnit.SECONDS);
    executor.scheduleWithFixedDelay(
        () -> guarded("spikes", alerts::runSpikes), 30, 600, TimeUnit.SECONDS);
  }

  private static void guarded(String what, java.util.function.IntSupplier pass) {
    try {
      pass.getAsInt();
    } catch (RuntimeException e) {
      LOG.warn("alert {} pass failed; the next one will retry", what, e);
    }
  }

  @Override
  public void close() {
    alerts.onQueued(null);
    executor.shutdown();
    senders.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
