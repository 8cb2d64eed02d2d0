package org.vigie.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vigie.archive.accounts.AccountLinking;
import org.vigie.archive.accounts.AccountRegistry;
import org.vigie.archive.alerts.AlertService;
import org.vigie.archive.catalog.Catalog;
import org.vigie.archive.claims.FactChecks;
import org.vigie.archive.coordination.CoordinationService;
import org.vigie.archive.influence.InfluenceService;
import org.vigie.archive.review.ReviewLinking;
import org.vigie.archive.review.ReviewQueue;
import org.vigie.link.ArchiveWriter;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreConfig;
import org.vigie.store.lucene.LuceneIndex;

/**
 * One data folder: the document index ({@code index/}) and the catalog database ({@code
 * catalog.mv.db}). Backing up the folder while Vigie is stopped backs up everything; while it runs,
 * {@code vigie backup} takes a consistent copy (docs/OPERATIONS.md).
 *
 * <p>Only one process opens a data folder at a time; a second one gets a {@link
 * org.vigie.store.DataFolderBusyException}.
 */
public final class Archive implements AutoCloseable {
  /** The folder used when neither {@code --data} nor {@code VIGIE_DATA} names one. */
  public static final Path DEFAULT_FOLDER = Path.of("vigie-data");

  private final Path folder;
  private final DocumentStore index;
  private final Catalog catalog;
  private final ArchiveTopics topics;
  private final ArchiveWriter writer;
  private final AlertService alerts;
  private final CoordinationService coordination;
  private final AccountRegistry accounts;
  private final InfluenceService influence;
  private final java.util.List<AutoCloseable> closeFirst =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ReviewQueue review;
  private final ReviewLinking reviewLinking;
  private final FactChecks factChecks;

  private Archive(Path folder, DocumentStore index, Catalog catalog, Clock clock) {
    this.folder = folder;
    this.index = index;
    this.catalog = catalog;
    this.topics = new ArchiveTopics(catalog.topics(), index);
    this.alerts = new AlertService(catalog.dataSource(), clock, "", null);
    this.accounts = new AccountRegistry(catalog.dataSource(), clock);
    this.review = new ReviewQueue(catalog.dataSource(), clock);
    this.reviewLinking = ReviewLinking.standard(review);
    this.factChecks = new FactChecks(catalog.dataSource(), clock);
    this.writer =
        ArchiveWriter.standard(
            index,
            topics.tagger(),
            factChecks.linker(),
            alerts.linker(),
            new AccountLinking(accounts),
            reviewLinking);
    this.coordination = new CoordinationService(catalog.dataSource(), index, clock);
    this.influence = new InfluenceService(index, clock);
  }

  /** Opens (creating if needed) the archive in a folder. */
  public static Archive open(Path folder) {
    return open(folder, StoreConfig.EMBEDDED);
  }

  /**
   * Opens the archive in a folder with the documents in the configured backend: the embedded index
   * in {@code index/}, or a {@link org.vigie.store.StoreProvider} found on the class path (the
   * catalog stays in the folder in both cases).
   */
  public static Archive open(Path folder, StoreConfig config) {
    return open(folder, config, Clock.systemUTC());
  }

  /** As {@link #open(Path, StoreConfig)}, with the clock alerts, digests and spikes read. */
  public static Archive open(Path folder, StoreConfig config, Clock clock) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + folder, e);
    }
    // the catalog (H2 and its migration check) opens on another core while the index opens: a
    // third of a server's start each (bench/search.sh, "server ready")
    CompletableFuture<Catalog> opening =
        CompletableFuture.supplyAsync(
            () -> Catalog.open(folder), runnable -> Thread.ofPlatform().start(runnable));
    DocumentStore index;
    try {
      index =
          config.isEmbedded()
              ? LuceneIndex.open(folder.resolve("index"))
              : config.provider().open(folder, config.options());
    } catch (RuntimeException e) {
      closeWhenOpened(opening);
      throw e;
    }
    try {
      Catalog catalog = joined(opening);
      try {
        catalog.markInterruptedRuns();
        Archive archive = new Archive(folder, index, catalog, clock);
        archive.coordination.markInterrupted();
        return archive;
      } catch (RuntimeException e) {
        catalog.close();
        throw e;
      }
    } catch (RuntimeException e) {
      try {
        index.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing); // the catalog's failure (a full disk…) is the one reported
      }
      throw e;
    }
  }

  /** The opened catalog, or the exception that stopped it, as {@code Catalog.open} threw it. */
  private static Catalog joined(CompletableFuture<Catalog> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Closes the catalog once it has opened, when the index could not. */
  private static void closeWhenOpened(CompletableFuture<Catalog> opening) {
    try {
      opening.join().close();
    } catch (RuntimeException ignored) {
      // the index's failure is the one reported
    }
  }

  public Path folder() {
    return folder;
  }

  /** Where new documents are written: the link step over this archive's store. */
  public ArchiveWriter writer() {
    return writer;
  }

  public DocumentStore store() {
    return index;
  }

  public Catalog catalog() {
    return catalog;
  }

  /** The alert rules, matched against every document added, and their deliveries. */
  public AlertService alerts() {
    return alerts;
  }

  /** The accounts seen in posts, their followers over time, labels and actors. */
  public AccountRegistry accounts() {
    return accounts;
  }

  /** The review queue: flagged documents, reviewers' decisions and their audit trail. */
  public ReviewQueue review() {
    return review;
  }

  /**
   * Brings the archive's flagged documents that are not in the review queue yet into it (an archive
   * made before the queue, or after its threshold was lowered).
   *
   * @return the items added
   */
  public long backfillReview() {
    return reviewLinking.backfill(index);
  }

  /** Influence rankings of the archive's posts, computed in the background and cached. */
  public InfluenceService influence() {
    return influence;
  }

  /** The fact-checks, matched against every document added. */
  public FactChecks factChecks() {
    return factChecks;
  }

  /** Coordinated behaviour over the archive's posts: runs, groups, evidence. */
  public CoordinationService coordination() {
    return coordination;
  }

  /** The topic taxonomy, matched against every document added. */
  public ArchiveTopics topics() {
    return topics;
  }

  /**
   * Closes {@code resource} when the archive closes, before its parts (the control socket of the
   * process that holds the folder).
   */
  public void closeWith(AutoCloseable resource) {
    closeFirst.add(resource);
  }

  @Override
  public void close() {
    for (AutoCloseable c : closeFirst) {
      try {
        c.close();
      } catch (Exception ignored) {
        // the archive's own parts must close even so
      }
    }
    try {
      topics.close();
      influence.close();
      alerts.close();
      factChecks.close();
      catalog.close();
    } finally {
      index.close();
    }
  }
}
