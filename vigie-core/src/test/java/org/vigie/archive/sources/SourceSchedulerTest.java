package org.vigie.archive.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.catalog.IngestRun;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.collect.Collector;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.MutableClock;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceCollectors;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceKind;
import org.vigie.collect.sources.SourceState;

/**
 * The scheduler over a real archive with IMPORT sources reading the hand-written fixture folder;
 * time is a clock the test moves.
 */
class SourceSchedulerTest {
  static final Path KLEDU = Path.of("src/test/resources/sources/kledu");
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);

  @TempDir Path work;
  Archive archive;
  SourceRegistry registry;
  MutableClock clock = new MutableClock(T0);

  @BeforeEach
  void open() {
    archive = Archive.open(work.resolve("data"));
    registry = archive.catalog().sources();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  static Source importing(String id, Path location, Duration every) {
    return new Source(
        id,
        "Radio Kledu",
        SourceKind.IMPORT,
        location.toString(),
        "ML",
        "fra",
        List.of("radio"),
        every,
        false,
        Map.of());
  }

  @Test
  void aFailingSourceBacksOffExponentiallyThenRecoversWhenItsInputIsBack() throws Exception {
    Path folder = work.resolve("drop/kledu");
    registry.add(importing("kledu", folder, HOUR), clock.instant());
    SourceRunner runner = new SourceRunner(archive, KindCollectors.standard(clock), clock, 500, 1);
    try (SourceScheduler scheduler = new SourceScheduler(runner, clock, 2)) {
      assertThat(scheduler.tick()).containsExactly("kledu");
      assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).isTrue();
      SourceState failed = registry.require("kledu").state();
      assertThat(failed.consecutiveFailures()).isEqualTo(1);
      assertThat(failed.lastErrorMessage()).contains("kledu").contains("no such file or folder");
      assertThat(failed.lastErrorCause()).isEqualTo("UNREADABLE");
      assertThat(failed.nextDueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));

      clock.advance(HOUR);
      assertThat(scheduler.tick()).isEmpty();
      clock.advance(HOUR);
      assertThat(scheduler.tick()).containsExactly("kledu");
      scheduler.awaitIdle(Duration.ofSeconds(30));
      assertThat(registry.require("kledu").state().consecutiveFailures()).isEqualTo(2);
      assertThat(registry.require("kledu").state().nextDueAt())
          .isEqualTo(T0.plus(Duration.ofHours(2 + 4)));

      Files.createDirectories(folder);
      Files.copy(KLEDU.resolve("2024-03.jsonl"), folder.resolve("2024-03.jsonl"));
      clock.advance(Duration.ofHours(3));
      assertThat(scheduler.tick()).isEmpty();
      clock.advance(HOUR);
      assertThat(scheduler.tick()).containsExactly("kledu");
      scheduler.awaitIdle(Duration.ofSeconds(60));
    }
    SourceState ok = registry.require("kledu").state();
    assertThat(ok.consecutiveFailures()).isZero();
    assertThat(ok.lastSuccessAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
    assertThat(ok.nextDueAt()).isEqualTo(T0.plus(Duration.ofHours(7)));
    assertThat(registry.runs("kledu", 10))
        .extracting(IngestRun::status)
        .containsExactly("DONE", "FAILED", "FAILED");
    assertThat(registry.runs("kledu", 10).getFirst().added()).isEqualTo(3);
    assertThat(new CoverageReader(archive.store()).times("kledu")).hasSize(3);
  }

  @Test
  void runsAtMostTwoSourcesAtOnceAndNeverTheSameSourceTwice() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    SourceCollectors files = KindCollectors.files(clock);
    SourceCollectors gated =
        (source, memory) -> {
          Collector inner = files.collector(source, memory);
          return (sink, progress) -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
              gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            inner.collect(sink, progress);
          };
        };
    for (String id : List.of("a", "b", "c", "d")) {
      registry.add(importing(id, KLEDU, HOUR), clock.instant());
    }
    SourceRunner runner = new SourceRunner(archive, gated, clock, 500, 1);
    try (SourceScheduler scheduler = new SourceScheduler(runner, clock, 2)) {
      List<String> first = scheduler.tick();
      assertThat(first).hasSize(2);
      assertThat(scheduler.tick()).isEmpty();
      assertThat(scheduler.runNow(first.getFirst())).isFalse();
      waitFor(() -> now.get() == 2);
      assertThatThrownBy(() -> runner.run(first.getFirst(), p -> {}))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("already running");
      gate.countDown();
      assertThat(scheduler.awaitIdle(Duration.ofSeconds(60))).isTrue();
      List<String> second = scheduler.tick();
      assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
      assertThat(scheduler.awaitIdle(Duration.ofSeconds(60))).isTrue();
      assertThat(scheduler.tick()).isEmpty();
    }
    assertThat(most.get()).isEqualTo(2);
    assertThat(registry.list()).allMatch(s -> s.state().lastSuccessAt() != null);
    assertThat(archive.store().count()).isEqualTo(3);
  }

  @Test
  void closingWaitsForTheRunUnderWayAndStartsNothingMore() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    SourceCollectors files = KindCollectors.files(clock);
    SourceCollectors slow =
        (source, memory) -> {
          Collector inner = files.collector(source, memory);
          return (sink, progress) -> {
            started.countDown();
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inner.collect(sink, progress);
          };
        };
    registry.add(importing("kledu", KLEDU, HOUR), clock.instant());
    SourceRunner runner = new SourceRunner(archive, slow, clock, 500, 1);
    SourceScheduler scheduler = new SourceScheduler(runner, clock, 2);
    scheduler.start(Duration.ofMillis(20));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    scheduler.close();
    assertThat(scheduler.activeCount()).isZero();
    assertThat(registry.runs("kledu", 10)).extracting(IngestRun::status).containsExactly("DONE");
    clock.advance(Duration.ofDays(1));
    assertThat(scheduler.tick()).isEmpty();
    assertThat(scheduler.runNow("kledu")).isFalse();
  }

  static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(end);
      Thread.sleep(10);
    }
  }
}
