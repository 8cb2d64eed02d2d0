package org.vigie.archive.influence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.analytics.influence.GraphKind;
import org.vigie.analytics.influence.InfluenceJob;
import org.vigie.analytics.influence.InfluenceParams;
import org.vigie.analytics.influence.InfluenceResult;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PostMetadata;
import org.vigie.search.PostTerms;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;

/**
 * Influence rankings of the archive's posts, computed as background jobs and kept per (period,
 * query, platform, graph) with their parameters: a page view reads the cached result, never
 * recomputes it (a "recompute" does). The cache holds the {@link #CACHED} latest results.
 * Thread-safe.
 */
public final class InfluenceService implements AutoCloseable {
  /** Results kept. */
  public static final int CACHED = 16;

  private static final Logger LOG = LoggerFactory.getLogger(InfluenceService.class);

  /** What a ranking is of. */
  public record Key(String query, LocalDate from, LocalDate to, String platform, GraphKind graph) {
    public Key {
      query = query == null ? "" : query.strip();
      platform = platform == null ? "" : platform.strip().toLowerCase(java.util.Locale.ROOT);
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to: the period ends before it starts");
      }
      if (!query.isEmpty()) {
        QueryParser.parse(query);
      }
    }
  }

  /** A computed ranking. */
  public record Computed(
      Key key, InfluenceResult result, int posts, Instant computedAt, long millis) {}

  /** Where a ranking is: {@code running}, {@code done} or {@code failed}. */
  public record State(String status, Computed computed, String error) {}

  private final Searcher searcher;
  private final Clock clock;
  private final Map<Key, State> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, State> eldest) {
          return size() > CACHED && !eldest.getValue().status().equals("running");
        }
      };
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().name("vigie-influence").daemon().unstarted(r));

  public InfluenceService(Searcher searcher, Clock clock) {
    this.searcher = searcher;
    this.clock = clock;
  }

  /** The ranking's state, if it was asked for. */
  public synchronized Optional<State> state(Key key) {
    return Optional.ofNullable(cache.get(key));
  }

  /** Starts computing in the background unless cached or running (or always, with recompute). */
  public synchronized State request(Key key, boolean recompute) {
    State s = cache.get(key);
    if (s != null && (s.status().equals("running") || !recompute)) {
      return s;
    }
    State running = new State("running", s == null ? null : s.computed(), null);
    cache.put(key, running);
    worker.execute(
        () -> {
          State done;
          try {
            done = new State("done", compute(key), null);
          } catch (RuntimeException e) {
            LOG.warn("influence ranking {} failed: {}", key, e.toString());
            done = new State("failed", null, String.valueOf(e.getMessage()));
          }
          synchronized (this) {
            cache.put(key, done);
          }
        });
    return running;
  }

  /** The cached result, or computes it now (and caches it): for the API and the CLI. */
  public Computed get(Key key) {
    synchronized (this) {
      State s = cache.get(key);
      if (s != null && s.status().equals("done")) {
        return s.computed();
      }
    }
    Computed c = compute(key);
    synchronized (this) {
      cache.put(key, new State("done", c, null));
    }
    return c;
  }

  /** Reads the posts of the key and ranks their accounts; nothing cached. */
  public Computed compute(Key key) {
    long start = System.nanoTime();
    List<PostMetadata> posts = new ArrayList<>();
    searcher.forEachMatch(
        request(key),
        d -> {
          String platform = PostTerms.platform(d);
          if (platform != null) {
            posts.add(
                new PostMetadata(
                    platform.toLowerCase(java.util.Locale.ROOT),
                    d.id(),
                    d.account(),
                    d.engagement(),
                    d.relations(),
                    d.published(),
                    d.edited()));
          }
        });
    InfluenceResult result = InfluenceJob.run(posts, InfluenceParams.defaults(key.graph()));
    return new Computed(
        key, result, posts.size(), clock.instant(), (System.nanoTime() - start) / 1_000_000);
  }

  /** The posts of a key: its query, type post, its days, its platform; copies included. */
  static SearchRequest request(Key key) {
    List<Query> all = new ArrayList<>();
    if (!key.query().isEmpty()) {
      all.add(QueryParser.parse(key.query()));
    }
    all.add(new Query.Term(SearchFields.TYPE, AnalyzedDocument.POST));
    all.add(new Query.DateRange(SearchFields.PUBLISHED, key.from(), key.to()));
    SearchRequest r = SearchRequest.matching(new Query.And(all)).withCopies(true);
    return key.platform().isEmpty()
        ? r
        : r.withFilters(Map.of(SearchFields.PLATFORM, java.util.Set.of(key.platform())));
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
