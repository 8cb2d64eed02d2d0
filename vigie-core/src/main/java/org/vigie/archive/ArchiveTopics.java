package org.vigie.archive;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.catalog.TopicCatalog;
import org.vigie.link.topics.TaxonomyFile;
import org.vigie.link.topics.Topic;
import org.vigie.link.topics.TopicMonitor;
import org.vigie.link.topics.TopicTagger;
import org.vigie.search.Query;
import org.vigie.store.DocumentStore;
import org.vigie.store.lucene.LuceneIndex;
import org.vigie.store.lucene.TopicRetag;

/**
 * An archive's topic taxonomy: stored in the catalog, matched against every new document by a
 * {@link TopicMonitor}, and re-applied to the documents already stored when a topic is created,
 * edited or deleted. Re-tags run one at a time in one background thread, in the order asked, each
 * with its progress ({@link RetagJob}). Thread-safe.
 *
 * <p>A new archive gets the starter taxonomy ({@link TaxonomyFile#starter()}) once.
 */
public final class ArchiveTopics implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveTopics.class);
  private static final int KEPT_JOBS = 50;

  private final TopicCatalog catalog;
  private final DocumentStore store;

  /** The embedded index, which tags and re-tags; {@code null} on another backend. */
  private final LuceneIndex index;

  private final TopicMonitor monitor = new TopicMonitor();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "vigie-topic-retag");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong jobIds = new AtomicLong();
  private final AtomicLong version = new AtomicLong();
  private final Deque<RetagJob> jobs = new ArrayDeque<>();

  /**
   * Topics over a store. The link step matches them at every add on every backend ({@link
   * #tagger()}); re-tagging the documents already stored is done by the embedded index, and on
   * another backend (OpenSearch) a re-tag job fails saying so.
   */
  ArchiveTopics(TopicCatalog catalog, DocumentStore store) {
    this.catalog = catalog;
    this.store = store;
    this.index = store instanceof LuceneIndex lucene ? lucene : null;
    List<TopicMonitor.Entry> entries = new ArrayList<>();
    for (Topic t : catalog.list()) {
      try {
        entries.add(new TopicMonitor.Entry(t.id(), t.parsedQuery()));
      } catch (IllegalArgumentException e) {
        LOG.warn("topic {} is not matched: its query does not parse: {}", t.id(), e.getMessage());
      }
    }
    monitor.register(entries);
    if (!catalog.seeded()) {
      catalog.markSeeded();
      if (entries.isEmpty()) {
        importTopics(TaxonomyFile.starter());
      }
    }
  }

  /** What the link step tags new documents with: every topic's stored query. */
  public TopicTagger tagger() {
    return monitor;
  }

  /** Every topic, by category path then name. */
  public List<Topic> list() {
    return catalog.list();
  }

  public Optional<Topic> get(String id) {
    return catalog.get(id);
  }

  /** A number that changes whenever a topic is created, edited or deleted (for caches). */
  public long version() {
    return version.get();
  }

  /** How many topic queries are matched against new documents. */
  public int matched() {
    return monitor.size();
  }

  /**
   * Creates or replaces a topic and re-tags the archive with it in the background.
   *
   * @throws IllegalArgumentException when its query does not parse (a {@link
   *     org.vigie.search.QuerySyntaxException})
   */
  public RetagJob save(Topic topic) {
    Query query = topic.parsedQuery();
    catalog.save(topic);
    version.incrementAndGet();
    monitor.register(topic.id(), query);
    return retag(topic.id(), topic.name(), query);
  }

  /** Deletes a topic and removes its tag from the archive in the background; empty if unknown. */
  public Optional<RetagJob> delete(String id) {
    Optional<Topic> topic = catalog.get(id);
    if (topic.isEmpty()) {
      return Optional.empty();
    }
    catalog.delete(id);
    version.incrementAndGet();
    monitor.remove(id);
    return Optional.of(retag(id, topic.get().name(), null));
  }

  /**
   * Creates or replaces each topic (one re-tag each when the archive holds documents). The topics
   * must have been validated ({@link TaxonomyFile#read}).
   */
  public List<RetagJob> importTopics(List<Topic> topics) {
    boolean empty = store.count() == 0;
    List<RetagJob> queued = new ArrayList<>();
    List<TopicMonitor.Entry> entries = new ArrayList<>();
    for (Topic t : topics) {
      entries.add(new TopicMonitor.Entry(t.id(), t.parsedQuery()));
    }
    for (Topic t : topics) {
      catalog.save(t);
    }
    version.incrementAndGet();
    monitor.register(entries);
    if (!empty) {
      for (TopicMonitor.Entry e : entries) {
        String name = topics.get(entries.indexOf(e)).name();
        queued.add(retag(e.id(), name, e.query()));
      }
    }
    return queued;
  }

  /** The most recent re-tags, newest first. */
  public List<RetagJob> jobs() {
    synchronized (jobs) {
      return List.copyOf(jobs);
    }
  }

  public Optional<RetagJob> job(long id) {
    return jobs().stream().filter(j -> j.id() == id).findFirst();
  }

  /** Waits until every queued re-tag has finished; false when {@code timeout} passed first. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (jobs().stream().anyMatch(j -> !j.finished())) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private RetagJob retag(String topicId, String name, Query query) {
    RetagJob job = new RetagJob(jobIds.incrementAndGet(), topicId, name);
    synchronized (jobs) {
      jobs.addFirst(job);
      while (jobs.size() > KEPT_JOBS && jobs.peekLast().finished()) {
        jobs.removeLast();
      }
    }
    worker.execute(() -> run(job, query));
    return job;
  }

  private void run(RetagJob job, Query query) {
    job.running();
    try {
      if (index == null) {
        throw new UnsupportedOperationException(
            "topics are matched by the embedded index only; this archive's documents are in "
                + store.getClass().getSimpleName());
      }
      TopicRetag.Result r = index.retag(job.topicId(), query, job::progress);
      job.finished(r.gained(), r.lost());
      LOG.info(
          "topic {} re-tagged: {} documents gained it, {} lost it",
          job.topicId(),
          r.gained(),
          r.lost());
    } catch (RuntimeException e) {
      LOG.error("re-tagging topic {} failed", job.topicId(), e);
      job.failed(String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    monitor.close();
  }
}
