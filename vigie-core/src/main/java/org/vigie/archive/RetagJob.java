package org.vigie.archive;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One topic's re-tagging of the archive, run in the background after the topic was created, edited
 * or deleted. Its counters are read while it runs (progress bars), so they are atomic.
 */
public final class RetagJob {
  /** Where a job stands. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final long id;
  private final String topicId;
  private final String topicName;
  private final Instant queuedAt = Instant.now();
  private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong gained = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private volatile String error;

  RetagJob(long id, String topicId, String topicName) {
    this.id = id;
    this.topicId = topicId;
    this.topicName = topicName;
  }

  public long id() {
    return id;
  }

  public String topicId() {
    return topicId;
  }

  public String topicName() {
    return topicName;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public State state() {
    return state.get();
  }

  public long done() {
    return done.get();
  }

  public long total() {
    return total.get();
  }

  public long gained() {
    return gained.get();
  }

  public long lost() {
    return lost.get();
  }

  /** The failure's message, or {@code null}. */
  public String error() {
    return error;
  }

  public boolean finished() {
    State s = state();
    return s == State.DONE || s == State.FAILED;
  }

  /** 0 to 100; 100 once done, even when nothing had to change. */
  public int percent() {
    if (state() == State.DONE) {
      return 100;
    }
    long t = total();
    return t == 0 ? 0 : (int) Math.min(99, done() * 100 / t);
  }

  void running() {
    state.set(State.RUNNING);
  }

  void progress(long done, long total) {
    this.total.set(total);
    this.done.set(done);
  }

  void finished(long gained, long lost) {
    this.gained.set(gained);
    this.lost.set(lost);
    state.set(State.DONE);
  }

  void failed(String message) {
    error = message;
    state.set(State.FAILED);
  }
}
