package org.vigie.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents to the cluster in bulk requests of {@code create} operations (document id =
 * content id, so a document already stored, by this process or another, is answered 409 and never
 * written twice).
 *
 * <p>Back-pressure: at most {@code maxInFlight} bulk requests are outstanding; an add that fills a
 * batch while they are waits for one to finish, so a fast pipeline cannot outrun the cluster.
 * Retries: a request that fails (connection refused, node gone, 429, 5xx) is sent again, only with
 * the operations not yet answered, after an exponential back-off; {@link #flush()} waits for every
 * operation and fails if the cluster stayed unreachable. Thread-safe.
 */
final class BulkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
  private static final int MAX_ATTEMPTS = 10;
  private static final long FIRST_BACKOFF_MS = 200;
  private static final long MAX_BACKOFF_MS = 10_000;

  /** One pending create. */
  record Operation(String id, byte[] source) {}

  private final OpenSearchConnection connection;
  private final String index;
  private final int batchSize;
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final ExecutorService senders;
  private final Consumer<String> acknowledged;
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private List<Operation> buffer = new ArrayList<>();

  final AtomicLong created = new AtomicLong();
  final AtomicLong conflicts = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong retries = new AtomicLong();

  /**
   * @param acknowledged told the id of each document the cluster has acknowledged (created, or
   *     found already there)
   */
  BulkWriter(
      OpenSearchConnection connection,
      String index,
      int batchSize,
      int maxInFlight,
      Consumer<String> acknowledged) {
    this.connection = connection;
    this.index = index;
    this.batchSize = batchSize;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
    this.acknowledged = acknowledged;
    this.senders =
        Executors.newFixedThreadPool(
            maxInFlight,
            r -> {
              Thread t = new Thread(r, "vigie-opensearch-bulk");
              t.setDaemon(true);
              return t;
            });
  }

  /** Queues a create; may block while {@code maxInFlight} bulk requests are outstanding. */
  void create(String id, byte[] source) {
    List<Operation> full = null;
    synchronized (this) {
      buffer.add(new Operation(id, source));
      if (buffer.size() >= batchSize) {
        full = buffer;
        buffer = new ArrayList<>();
      }
    }
    if (full != null) {
      submit(full);
    }
  }

  /** Whether an operation for this id is buffered, not yet sent. */
  synchronized boolean isBuffered(String id) {
    for (Operation op : buffer) {
      if (op.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private void submit(List<Operation> batch) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the cluster", e);
    }
    senders.execute(
        () -> {
          try {
            send(batch);
          } catch (RuntimeException e) {
            fatal.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
  }

  /** Sends what is buffered and waits until every operation is answered. */
  void flush() {
    List<Operation> rest;
    synchronized (this) {
      rest = buffer;
      buffer = new ArrayList<>();
    }
    if (!rest.isEmpty()) {
      submit(rest);
    }
    try {
      inFlight.acquire(maxInFlight);
      inFlight.release(maxInFlight);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the cluster", e);
    }
    RuntimeException e = fatal.getAndSet(null);
    if (e != null) {
      throw e;
    }
  }

  private void send(List<Operation> batch) {
    List<Operation> pending = batch;
    long backoff = FIRST_BACKOFF_MS;
    for (int attempt = 1; ; attempt++) {
      String problem;
      try {
        OpenSearchConnection.Reply reply =
            connection.bulk("/_bulk", Map.of("timeout", "30s"), ndjson(pending));
        if (reply.status() == 200 && reply.json() != null) {
          pending = answered(pending, reply.json());
          if (pending.isEmpty()) {
            return;
          }
          problem = pending.size() + " operations to retry";
        } else if (reply.status() == 429 || reply.status() >= 500) {
          problem = "status " + reply.status();
        } else {
          throw new OpenSearchException("POST /_bulk", reply.status(), reply.json());
        }
      } catch (UncheckedIOException e) {
        problem = e.getMessage();
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new IllegalStateException(
            "opensearch: "
                + pending.size()
                + " documents could not be written after "
                + attempt
                + " attempts: "
                + problem);
      }
      retries.incrementAndGet();
      LOG.debug("bulk attempt {} incomplete ({}), retrying in {} ms", attempt, problem, backoff);
      sleep(backoff);
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }

  /** Records each operation's answer; returns those to send again. */
  private List<Operation> answered(List<Operation> sent, JsonNode reply) {
    List<Operation> again = new ArrayList<>();
    JsonNode items = reply.path("items");
    for (int i = 0; i < sent.size(); i++) {
      JsonNode result = items.path(i).path("create");
      int status = result.path("status").asInt(0);
      Operation op = sent.get(i);
      if (status == 201 || status == 200) {
        created.incrementAndGet();
        acknowledged.accept(op.id());
      } else if (status == 409) {
        conflicts.incrementAndGet();
        acknowledged.accept(op.id());
      } else if (status == 429 || status >= 500 || status == 0) {
        again.add(op);
      } else {
        rejected.incrementAndGet();
        LOG.warn(
            "opensearch rejected document {}: {}", op.id(), OpenSearchException.reason(result));
      }
    }
    return again;
  }

  private byte[] ndjson(List<Operation> ops) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ops.size() * 4096);
    for (Operation op : ops) {
      String action =
          "{\"create\":{\"_index\":\"" + index + "\",\"_id\":\"" + escape(op.id()) + "\"}}\n";
      out.writeBytes(OpenSearchConnection.utf8(action));
      out.writeBytes(op.source());
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static String escape(String id) {
    return id.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a bulk request", e);
    }
  }

  void close() {
    senders.shutdown();
  }
}
