package org.vigie.web.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, in memory: the browser holds only a random 256-bit id in an HttpOnly
 * cookie. A session starts anonymous (so the login form has a CSRF token), gets an account at login
 * (with a new id, so an id planted before login is worthless), and ends at logout, after {@link
 * #IDLE} without a request, or when the server stops. Thread-safe.
 */
public final class Sessions {
  public static final Duration IDLE = Duration.ofHours(8);
  private static final int MAX_SESSIONS = 100_000;

  /** One session: its id, its account (null before login) and its CSRF token. */
  public record Session(String id, String user, String csrf, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  /** A new session, anonymous when {@code user} is null. */
  public Session open(String user) {
    if (byId.size() >= MAX_SESSIONS) {
      expire();
    }
    Session s = new Session(randomId(), user, randomId(), clock.instant());
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this id, its idle time restarted. */
  public Optional<Session> find(String id) {
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

  public void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Ends every session of an account (its password changed, or it was removed). */
  public void closeAll(String user) {
    byId.values().removeIf(s -> user.equals(s.user()));
  }

  private void expire() {
    Instant limit = clock.instant().minus(IDLE);
    byId.values().removeIf(s -> s.lastSeen().isBefore(limit));
  }

  private String randomId() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
