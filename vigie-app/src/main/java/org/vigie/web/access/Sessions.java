package org.vigie.web.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side sessions, in memory: the browser holds only a random 256-bit id in an HttpOnly
 * cookie. A session is opened at login (with a new id, so an id planted before login is worthless)
 * — never for a visitor who has not signed in: the login form needs none ({@link LoginForms}) — and
 * ends at logout, after {@link #IDLE} without a request, or when the server stops.
 *
 * <p>Bounded: at most {@value #MAX_SESSIONS} are kept. They are held from the least to the most
 * recently seen, so that opening one first drops the idle ones at the head (each costs nothing more
 * than its removal) and, when all are live, the least recently seen. Thread-safe.
 */
public final class Sessions {
  public static final Duration IDLE = Duration.ofHours(8);
  public static final int MAX_SESSIONS = 10_000;

  /** One session: its id, its account and its CSRF token. */
  public record Session(String id, String user, String csrf, Instant lastSeen) {}

  private final LinkedHashMap<String, Session> byId = new LinkedHashMap<>(256, 0.75f, true);
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final int max;

  public Sessions(Clock clock) {
    this(clock, MAX_SESSIONS);
  }

  Sessions(Clock clock, int max) {
    this.clock = clock;
    this.max = max;
  }

  /** A new session of an account. */
  public synchronized Session open(String user) {
    expire();
    while (byId.size() >= max) {
      Iterator<String> eldest = byId.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    Session s = new Session(randomId(), user, randomId(), clock.instant());
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this id, its idle time restarted. */
  public synchronized Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (s.lastSeen().plus(IDLE).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session seen = new Session(s.id(), s.user(), s.csrf(), now);
    byId.put(id, seen);
    return Optional.of(seen);
  }

  public synchronized void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Ends every session of an account (its password changed, or it was removed). */
  public synchronized void closeAll(String user) {
    byId.values().removeIf(s -> user.equals(s.user()));
  }

  /** How many sessions are kept. */
  public synchronized int size() {
    return byId.size();
  }

  /** Drops the idle sessions at the head (the least recently seen come first). */
  private void expire() {
    Instant limit = clock.instant().minus(IDLE);
    Iterator<Map.Entry<String, Session>> it = byId.entrySet().iterator();
    while (it.hasNext()) {
      if (!it.next().getValue().lastSeen().isBefore(limit)) {
        return;
      }
      it.remove();
    }
  }

  private String randomId() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
