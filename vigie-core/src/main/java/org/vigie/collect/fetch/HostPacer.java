package org.vigie.collect.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host apart: {@link #await} sleeps until at least {@code delay} has passed
 * since the previous request to that host was let through. Thread-safe (callers to one host are let
 * through one slot at a time).
 */
public final class HostPacer {
  private final Map<String, Long> lastSlot = new HashMap<>();

  /**
   * Waits until a request to {@code host} may be sent, at least {@code delay} after the last one.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  public void await(String host, Duration delay) throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      Long last = lastSlot.get(host);
      long slot = last == null ? now : Math.max(now, last + delay.toNanos());
      lastSlot.put(host, slot);
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  /**
   * Notes that the request to {@code host} let through last has finished: the delay runs from now.
   */
  public synchronized void finished(String host) {
    lastSlot.merge(host, System.nanoTime(), Math::max);
  }
}
