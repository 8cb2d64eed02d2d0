package org.vigie.archive.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.Collector;
import org.vigie.collect.DocumentSink;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;
import org.vigie.link.ArchiveWriter;

/**
 * Runs a collector into the store: documents are analysed by a pool of worker threads while the
 * collector reads, stored unless already present (near-duplicates stored as linked copies, see
 * {@link ArchiveWriter#add}), and committed regularly so that an interrupted ingest keeps what it
 * committed and a new run completes the rest.
 *
 * <p>One bad document never stops the batch: its error is counted by cause and the run goes on. An
 * archive that cannot be written (a full disk, a broken index) stops it: the workers and the
 * collector stop, nothing more is committed, and {@link IngestAbortedException} carries the report
 * of what was done.
 */
public final class Ingester {
  private static final RawDocument END =
      new RawDocument("end", "end", null, Instant.EPOCH, "text/plain", null, new byte[0], null);

  private final Pipeline pipeline;
  private final ArchiveWriter writer;
  private final int workers;
  private final long commitEveryMillis;

  /**
   * @param workers analysis threads (the number of cores is a good choice)
   * @param commitEveryMillis how often stored documents are made durable during a run
   */
  public Ingester(Pipeline pipeline, ArchiveWriter writer, int workers, long commitEveryMillis) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + workers);
    }
    this.pipeline = pipeline;
    this.writer = writer;
    this.workers = workers;
    this.commitEveryMillis = commitEveryMillis;
  }

  /** Ingests everything the collector delivers; reports progress to the listener. */
  public IngestReport ingest(Collector collector, Consumer<IngestProgress> listener) {
    long start = System.currentTimeMillis();
    IngestTally tally = new IngestTally();
    BlockingQueue<RawDocument> queue = new ArrayBlockingQueue<>(workers * 16);
    AtomicReference<CollectProgress.Progress> read =
        new AtomicReference<>(new CollectProgress.Progress(0, 0, 0, 0, null));
    Committer committer = new Committer();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = startWorkers(queue, tally, committer, failure);
    try {
      collector.collect(
          new QueueSink(queue, tally, failure),
          p -> {
            read.set(p);
            listener.accept(progress(p, tally));
          });
    } catch (Aborted e) {
      // a worker failed: the collector stopped at its next document
    } finally {
      stopWorkers(queue, threads, failure);
    }
    if (failure.get() == null) {
      try {
        writer.commit();
      } catch (RuntimeException e) {
        failure.set(e);
      }
    }
    listener.accept(progress(read.get(), tally));
    IngestReport report = tally.report(System.currentTimeMillis() - start);
    if (failure.get() != null) {
      throw new IngestAbortedException(failure.get(), report);
    }
    return report;
  }

  private static IngestProgress progress(CollectProgress.Progress p, IngestTally t) {
    return new IngestProgress(
        p.filesDone(),
        p.filesTotal(),
        p.bytesDone(),
        p.bytesTotal(),
        t.added.get() + t.copies.get(),
        t.duplicates.get(),
        t.failed.get());
  }

  private List<Thread> startWorkers(
      BlockingQueue<RawDocument> queue,
      IngestTally tally,
      Committer committer,
      AtomicReference<Throwable> failure) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Thread t =
          Thread.ofPlatform()
              .name("vigie-ingest-" + i)
              .start(() -> work(queue, tally, committer, failure));
      threads.add(t);
    }
    return threads;
  }

  /**
   * Tells every worker to stop and waits for them. A worker that failed no longer takes from the
   * queue, so the end marks are offered while any worker lives, and the queue is emptied once they
   * all stopped.
   */
  private void stopWorkers(
      BlockingQueue<RawDocument> queue, List<Thread> threads, AtomicReference<Throwable> failure) {
    try {
      int sent = 0;
      while (sent < threads.size() && threads.stream().anyMatch(Thread::isAlive)) {
        if (failure.get() != null) {
          queue.clear();
        }
        if (queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
          sent++;
        }
      }
      for (Thread t : threads) {
        t.join();
      }
      queue.clear();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  private void work(
      BlockingQueue<RawDocument> queue,
      IngestTally tally,
      Committer committer,
      AtomicReference<Throwable> failure) {
    try {
      for (RawDocument raw = queue.take(); raw != END; raw = queue.take()) {
        if (failure.get() != null) {
          continue; // drain until the end mark: nothing more is written
        }
        one(raw, tally);
        committer.maybeCommit();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
  }

  /**
   * Analyses and stores one document. A failure of the analysis becomes an error on that document;
   * a failure to write the archive is not the document's: it stops the run.
   */
  private void one(RawDocument raw, IngestTally tally) {
    AnalyzedDocument doc;
    try {
      Pipeline.Analysis analysis = pipeline.run(raw);
      analysis.warnings().forEach(tally::error);
      doc = analysis.document();
    } catch (DocumentRejectedException e) {
      tally.error(IngestError.skipped(raw.origin(), e.errorCause(), e.getMessage()));
      return;
    } catch (RuntimeException | StackOverflowError e) {
      tally.error(
          IngestError.skipped(
              raw.origin(),
              ErrorCause.INTERNAL,
              "analysis failed: " + e.getClass().getName() + ": " + e.getMessage()));
      return;
    }
    AtomicLong counter =
        switch (writer.add(doc)) {
          case ADDED -> tally.added;
          case COPY -> tally.copies;
          case DUPLICATE -> tally.duplicates;
        };
    counter.incrementAndGet();
  }

  /** Commits from whichever worker notices the interval has passed. */
  private final class Committer {
    private long last = System.currentTimeMillis();

    void maybeCommit() {
      long now = System.currentTimeMillis();
      synchronized (this) {
        if (now - last < commitEveryMillis) {
          return;
        }
        last = now;
      }
      writer.commit();
    }
  }

  /** Stops the collector once a worker failed. */
  private static final class Aborted extends org.vigie.collect.CollectionStopped {
    private static final long serialVersionUID = 1L;

    Aborted() {
      super("ingest stopped");
    }
  }

  /**
   * Hands collected documents to the workers, waiting when they are busy; stops the collector when
   * a worker failed.
   */
  private record QueueSink(
      BlockingQueue<RawDocument> queue, IngestTally tally, AtomicReference<Throwable> failure)
      implements DocumentSink {
    @Override
    public void accept(RawDocument document) {
      try {
        while (!queue.offer(document, 100, TimeUnit.MILLISECONDS)) {
          if (failure.get() != null) {
            throw new Aborted();
          }
        }
        if (failure.get() != null) {
          throw new Aborted();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
    }

    @Override
    public void reject(IngestError error) {
      tally.error(error);
    }
  }
}
