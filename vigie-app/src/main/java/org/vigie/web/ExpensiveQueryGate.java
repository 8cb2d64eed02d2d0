package org.vigie.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;

/**
 * Keeps one client's expensive queries from starving everyone else's searches. A query is expensive
 * when it holds a prefix ({@code élect*}), a proximity ({@code PRES/N}, a phrase with {@code ~N})
 * or more than {@value #CHEAP_TERMS} words: Lucene or OpenSearch then expands or intersects many
 * terms. Each client (its account, else its address) runs at most one expensive query at a time —
 * another one sent meanwhile is refused at once with 429 and Retry-After — and the server at most
 * {@link #POOL} at once, so that they never hold more than half the cores; an expensive query waits
 * up to {@link #WAIT_SECONDS} s for its turn, else 503. Cheap queries are never held. Thread-safe.
 */
final class ExpensiveQueryGate {
  static final int CHEAP_TERMS = 20;
  static final int POOL = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  static final int WAIT_SECONDS = 10;
  static final int COOL_DOWN = 2;
  private static final int CLIENTS_REMEMBERED = 100_000;
  private static final String HELD = "vigie.expensiveQuery";
  private static final String STARTED = "vigie.expensiveQuery.started";

  private final Semaphore pool = new Semaphore(POOL, true);
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  /** When each client may send its next expensive query (nanoTime), least recent first. */
  private final Map<String, Long> notBefore =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > CLIENTS_REMEMBERED;
        }
      };

  private final Function<Context, String> client;

  /**
   * @param client who a request comes from (an account name or an address)
   */
  ExpensiveQueryGate(Function<Context, String> client) {
    this.client = client;
  }

  /** The before-handler: takes a turn for an expensive {@code q}, or refuses it. */
  void before(Context ctx) {
    if (!expensive(ctx.queryParam("q"))) {
      return;
    }
    String who = client.apply(ctx);
    long wait = waitNanos(who);
    if (wait > 0 || !running.add(who)) {
      ctx.header("Retry-After", Long.toString(Math.max(1, (wait + 999_999_999) / 1_000_000_000)));
      throw new HttpResponseException(
          429,
          "expensive queries (prefixes, proximities or over "
              + CHEAP_TERMS
              + " words) are run one at a time per client, each after a pause twice as long as"
              + " the previous one took: try again later");
    }
    boolean turn;
    try {
      turn = pool.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn = false;
    }
    if (!turn) {
      running.remove(who);
      ctx.header("Retry-After", Integer.toString(WAIT_SECONDS));
      throw new HttpResponseException(
          503, "too many expensive queries at once on this server: try again shortly");
    }
    ctx.attribute(HELD, who);
    ctx.attribute(STARTED, System.nanoTime());
  }

  private synchronized long waitNanos(String who) {
    Long next = notBefore.get(who);
    return next == null ? 0 : next - System.nanoTime();
  }

  private synchronized void pause(String who, long tookNanos) {
    notBefore.put(who, System.nanoTime() + COOL_DOWN * tookNanos);
  }

  /**
   * The after-handler (run even when the request failed): gives the turn back. Only a query that
   * ran pauses its client: a request its handler refused (a 4xx) did no expensive work.
   */
  void after(Context ctx) {
    String who = ctx.attribute(HELD);
    if (who != null) {
      ctx.attribute(HELD, null);
      long started = ctx.attribute(STARTED);
      if (ctx.status().getCode() < 400) {
        pause(who, System.nanoTime() - started);
      }
      running.remove(who);
      pool.release();
    }
  }

  /**
   * Whether a query text is expensive; a query that cannot be read ({@code QuerySyntaxException})
   * is left to its handler, which says why.
   */
  static boolean expensive(String q) {
    if (q == null || q.isBlank()) {
      return false;
    }
    try {
      Cost c = cost(QueryParser.parse(q));
      return c.expanding() || c.terms() > CHEAP_TERMS;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Words and phrases in a query, and whether any of them expands or intersects positions. */
  record Cost(int terms, boolean expanding) {
    Cost plus(Cost other) {
      return new Cost(terms + other.terms, expanding || other.expanding);
    }
  }

  static Cost cost(Query q) {
    return switch (q) {
      case Query.Term t -> new Cost(1, t.isPrefix());
      case Query.Phrase p -> new Cost(1, p.slop() > 0);
      case Query.Near n -> sum(n.clauses()).plus(new Cost(0, true));
      case Query.And a -> sum(a.clauses());
      case Query.Or o -> sum(o.clauses());
      case Query.Not n -> cost(n.clause());
      case Query.DateRange d -> new Cost(1, false);
      case Query.All a -> new Cost(0, false);
    };
  }

  private static Cost sum(java.util.List<Query> clauses) {
    Cost c = new Cost(0, false);
    for (Query q : clauses) {
      c = c.plus(cost(q));
    }
    return c;
  }
}
