package org.vigie.archive.sources;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.SourceException;

/**
 * Runs due sources in the background: every poll, the enabled scheduled sources whose next due time
 * has come are started, at most {@code concurrency} at a time, never one that is already running.
 * When a run ends the {@link SourceRunner} records when the source is due again (one schedule
 * later, or later still while it keeps failing, see {@link Backoff}).
 *
 * <p>A run that finds the archive cannot be written (a full disk) stops collection: no source is
 * started again ({@link #halted()} says why) while the server goes on serving what was committed.
 *
 * <p>{@link #close()} stops polling, lets the runs under way finish (up to a grace period) and then
 * interrupts them; a run cut short is marked {@code INTERRUPTED} when the archive next opens.
 */
public final class SourceScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceScheduler.class);

  private final SourceRegistry registry;
  private final SourceRunner runner;
  private final Clock clock;
  private final int concurrency;
  private final ExecutorService workers;
  private final Set<String> active = new HashSet<>();
  private ScheduledExecutorService poller;
  private boolean closed;
  private String halted;

  public SourceScheduler(SourceRunner runner, Clock clock, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    this.registry = runner.registry();
    this.runner = runner;
    this.clock = clock;
    this.concurrency = concurrency;
    this.workers =
        Executors.newFixedThreadPool(
            concurrency, Thread.ofPlatform().name("vigie-source-", 0).daemon(true).factory());
  }

  /** Polls for due sources every {@code every} until closed. */
  public synchronized void start(Duration every) {
    if (poller != null) {
      throw new IllegalStateException("the scheduler is already started");
    }
    poller =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("vigie-scheduler").daemon(true).factory());
    poller.scheduleWithFixedDelay(this::safeTick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("the source scheduler could not read the due sources", e);
    }
  }

  /**
   * Starts the due sources that fit in the free slots, longest overdue first.
   *
   * @return the ids of the sources started
   */
  public synchronized List<String> tick() {
    List<String> started = new ArrayList<>();
    if (closed || halted != null) {
      return started;
    }
    for (RegisteredSource due : registry.due(clock.instant())) {
      if (active.size() >= concurrency) {
        break;
      }
      if (startRun(due.id())) {
        started.add(due.id());
      }
    }
    return started;
  }

  /**
   * Starts a run of a source now, out of schedule (it waits for a free slot if all are busy).
   *
   * @return {@code false} when that source is already running or queued
   */
  public synchronized boolean runNow(String sourceId) {
    if (halted != null) { // said before the catalog is read: on a full disk it may fail too
      throw new SourceException("collection is stopped: " + halted);
    }
    registry.require(sourceId);
    return !closed && startRun(sourceId);
  }

  /**
   * Why collection stopped, when a run found the archive cannot be written (a full disk): no source
   * is started again until the server restarts, with space. Empty while collection goes on.
   */
  public synchronized Optional<String> halted() {
    return Optional.ofNullable(halted);
  }

  /** Whether a run of this source is running or waiting for a slot. */
  public synchronized boolean busy(String sourceId) {
    return active.contains(sourceId);
  }

  /** How many sources are running or waiting for a slot. */
  public synchronized int activeCount() {
    return active.size();
  }

  private boolean startRun(String id) {
    if (!active.add(id)) {
      return false;
    }
    workers.execute(() -> runAndRelease(id));
    return true;
  }

  private void runAndRelease(String id) {
    try {
      SourceRunner.Result result = runner.run(id, p -> {});
      if (result.archiveUnwritable()) {
        halt(id, result.error());
      } else if (!result.succeeded()) {
        LOG.warn("source {} failed: {}", id, result.error());
      }
    } catch (RuntimeException e) {
      LOG.error("source {} could not be run", id, e);
    } finally {
      synchronized (this) {
        active.remove(id);
        notifyAll();
      }
    }
  }

  private synchronized void halt(String id, String error) {
    if (halted == null) {
      halted = error;
      LOG.error(
          "collection stopped: source {} cannot write the archive ({}); no source runs until the"
              + " server is restarted with space (what was committed stays; the next runs complete"
              + " the rest)",
          id,
          error);
    }
  }

  /** Waits until no run is under way or queued, at most {@code timeout}; answers whether idle. */
  public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!active.isEmpty()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Stops polling and waits up to 30 seconds for the runs under way, then interrupts them. */
  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  /** Stops polling and waits up to {@code grace} for the runs under way, then interrupts them. */
  public void close(Duration grace) {
    ScheduledExecutorService p;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      p = poller;
    }
    if (p != null) {
      p.shutdownNow();
    }
    workers.shutdown();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("source runs still under way after {}; interrupting them", grace);
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
