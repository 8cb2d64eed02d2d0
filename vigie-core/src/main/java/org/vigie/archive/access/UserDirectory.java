package org.vigie.archive.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.vigie.archive.catalog.Sql;

/**
 * Accounts and API tokens, kept in the catalog ({@code app_user}, {@code api_token}). Passwords are
 * stored as Argon2id hashes ({@link PasswordHasher}); token secrets as SHA-256 digests (they are
 * 256 random bits, so a fast digest is enough and lookup stays one indexed query). Thread-safe.
 */
public final class UserDirectory {
  /** The account created on first start. */
  public static final String FIRST_ADMIN = "admin";

  public static final int MIN_PASSWORD_LENGTH = 10;
  private static final String TOKEN_PREFIX = "vigie_";

  private final Sql queries;
  private final PasswordHasher hasher = new PasswordHasher();
  private final SecureRandom random = new SecureRandom();
  private final LongAdder passwordChecks = new LongAdder();

  /** Compared against when a name is unknown, so a wrong name costs as long as a wrong password. */
  private final String decoy;

  public UserDirectory(DataSource db) {
    this.queries = new Sql(db, "account");
    this.decoy = hasher.hash("decoy-" + random.nextLong());
  }

  /** An administrator account created with a random password, shown once. */
  public record FirstAdmin(String name, String password) {}

  /**
   * Creates an administrator with a random password when the archive has none (no account at all,
   * or only accounts that were added before the first start without the admin role), and answers
   * its name and password (to be shown once; it must be changed at first login). The name is
   * {@value #FIRST_ADMIN}, or {@code admin-2}, {@code admin-3}… when that name is taken.
   */
  public synchronized Optional<FirstAdmin> createFirstAdmin() {
    if (list().stream().anyMatch(u -> u.role() == Role.ADMIN)) {
      return Optional.empty();
    }
    String name = FIRST_ADMIN;
    for (int n = 2; find(name).isPresent(); n++) {
      name = FIRST_ADMIN + "-" + n;
    }
    String password = randomPassword();
    add(name, Role.ADMIN, password, true);
    return Optional.of(new FirstAdmin(name, password));
  }

  /** A password of 16 letters and digits without look-alikes. */
  public String randomPassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /**
   * Creates an account.
   *
   * @throws AccessException for a bad or taken name, or a short password
   */
  public User add(String name, Role role, String password, boolean mustChange) {
    checkName(name);
    checkPassword(password);
    if (find(name).isPresent()) {
      throw new AccessException("the account '" + name + "' already exists");
    }
    Instant now = Instant.now();
    update(
        "INSERT INTO app_user (name, role, password_hash, must_change, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        name,
        role.name(),
        hasher.hash(password),
        mustChange,
        Timestamp.from(now));
    return new User(name, role, mustChange, now);
  }

  /** Every account, by name. */
  public List<User> list() {
    return query("SELECT name, role, must_change, created_at FROM app_user ORDER BY name");
  }

  public Optional<User> find(String name) {
    return query("SELECT name, role, must_change, created_at FROM app_user WHERE name = ?", name)
        .stream()
        .findFirst();
  }

  public long count() {
    return list().size();
  }

  /**
   * Removes an account and its tokens; answers whether it existed.
   *
   * @throws AccessException when it is the last admin
   */
  public synchronized boolean remove(String name) {
    Optional<User> user = find(name);
    if (user.isEmpty()) {
      return false;
    }
    long admins = list().stream().filter(u -> u.role() == Role.ADMIN).count();
    if (user.get().role() == Role.ADMIN && admins == 1) {
      throw new AccessException("'" + name + "' is the last admin and cannot be removed");
    }
    return update("DELETE FROM app_user WHERE name = ?", name) > 0;
  }

  /**
   * Sets an account's password. An admin's reset ({@code mustChange}) also revokes the account's
   * API tokens: whoever held the old password may have made some.
   *
   * @param mustChange whether the next login must change it again (an admin's reset)
   * @throws AccessException when the account does not exist or the password is short
   */
  public void setPassword(String name, String password, boolean mustChange) {
    checkPassword(password);
    if (mustChange && find(name).isPresent()) {
      revokeTokens(name);
    }
    int changed =
        update(
            "UPDATE app_user SET password_hash = ?, must_change = ? WHERE name = ?",
            hasher.hash(password),
            mustChange,
            name);
    if (changed == 0) {
      throw new AccessException("no account named '" + name + "'");
    }
  }

  /** Changes an account's role. */
  public void setRole(String name, Role role) {
    if (update("UPDATE app_user SET role = ? WHERE name = ?", role.name(), name) == 0) {
      throw new AccessException("no account named '" + name + "'");
    }
  }

  /** How many passwords this directory has checked since it was opened (each costs an Argon2id). */
  public long passwordChecks() {
    return passwordChecks.sum();
  }

  /** The account when the password is right; empty otherwise (in about the same time). */
  public Optional<User> authenticate(String name, String password) {
    passwordChecks.increment();
    String hash =
        sql(
            "SELECT password_hash FROM app_user WHERE name = ?",
            ps -> {
              ps.setString(1, name);
              try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
              }
            });
    boolean ok = hasher.verify(password == null ? "" : password, hash == null ? decoy : hash);
    return ok && hash != null ? find(name) : Optional.empty();
  }

  /** Creates an API token acting as an account, never expiring, with its account's rights. */
  public ApiToken.Created createToken(String user, String label) {
    return createToken(user, label, ApiToken.Scope.FULL, null);
  }

  /**
   * Creates an API token acting as an account; its secret is in the answer only.
   *
   * @param expires when it stops working, or null (never)
   * @throws AccessException for an unknown account, a long label or an expiry already past
   */
  public ApiToken.Created createToken(
      String user, String label, ApiToken.Scope scope, Instant expires) {
    if (find(user).isEmpty()) {
      throw new AccessException("no account named '" + user + "'");
    }
    String clean = label == null || label.isBlank() ? "token" : label.strip();
    if (clean.length() > 128) {
      throw new AccessException("a token label has at most 128 characters");
    }
    Instant now = Instant.now();
    if (expires != null && !expires.isAfter(now)) {
      throw new AccessException("a token's expiry must be in the future, not " + expires);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id =
        sql(
            "INSERT INTO api_token (user_name, label, secret_hash, created_at, expires_at, scope)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            ps -> {
              ps.setString(1, user);
              ps.setString(2, clean);
              ps.setString(3, digest(secret));
              ps.setTimestamp(4, Timestamp.from(now));
              ps.setTimestamp(5, expires == null ? null : Timestamp.from(expires));
              ps.setString(6, scope.name());
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
              }
            },
            true);
    return new ApiToken.Created(new ApiToken(id, user, clean, now, null, expires, scope), secret);
  }

  /** The account a live token secret acts as; empty for an unknown, revoked or expired one. */
  public Optional<User> userForToken(String secret) {
    return bearer(secret).filter(b -> !b.token().expiredAt(Instant.now())).map(b -> b.user());
  }

  /**
   * The token of a secret and its account, recording its use when it is still live; expired tokens
   * are answered too (so that the refusal can say so), unknown and revoked ones are not.
   */
  public Optional<ApiToken.Bearer> bearer(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    String hash = digest(secret);
    Optional<ApiToken> token = tokensWhere(" WHERE secret_hash = ?", hash).stream().findFirst();
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    if (!token.get().expiredAt(now)) {
      update(
          "UPDATE api_token SET last_used_at = ? WHERE secret_hash = ?", Timestamp.from(now), hash);
    }
    return find(token.get().user()).map(u -> new ApiToken.Bearer(u, token.get()));
  }

  /** An account's tokens (every account's when {@code user} is null), newest first. */
  public List<ApiToken> tokens(String user) {
    return user == null ? tokensWhere("") : tokensWhere(" WHERE user_name = ?", user);
  }

  private List<ApiToken> tokensWhere(String where, Object... args) {
    return sql(
        "SELECT id, user_name, label, created_at, last_used_at, expires_at, scope FROM api_token"
            + where
            + " ORDER BY id DESC",
        ps -> {
          bind(ps, args);
          List<ApiToken> tokens = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              tokens.add(
                  new ApiToken(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getTimestamp(4).toInstant(),
                      instant(rs.getTimestamp(5)),
                      instant(rs.getTimestamp(6)),
                      ApiToken.Scope.valueOf(rs.getString(7))));
            }
          }
          return tokens;
        });
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** Revokes every token of an account; answers how many there were. */
  public int revokeTokens(String user) {
    return update("DELETE FROM api_token WHERE user_name = ?", user);
  }

  /** Revokes a token of an account (any account's when {@code user} is null). */
  public boolean revokeToken(String user, long id) {
    return user == null
        ? update("DELETE FROM api_token WHERE id = ?", id) > 0
        : update("DELETE FROM api_token WHERE id = ? AND user_name = ?", id, user) > 0;
  }

  private static void checkName(String name) {
    if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new AccessException(
          "bad account name '"
              + name
              + "': 1 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or"
              + " digit");
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
      throw new AccessException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  static String digest(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private List<User> query(String sql, Object... args) {
    return sql(
        sql,
        ps -> {
          bind(ps, args);
          List<User> users = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              users.add(
                  new User(
                      rs.getString(1),
                      Role.valueOf(rs.getString(2)),
                      rs.getBoolean(3),
                      rs.getTimestamp(4).toInstant()));
            }
          }
          return users;
        });
  }

  private int update(String sql, Object... args) {
    return sql(
        sql,
        ps -> {
          bind(ps, args);
          return ps.executeUpdate();
        });
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private <T> T sql(String sql, Sql.Statement<T> body) {
    return queries.run(sql, body);
  }

  private <T> T sql(String sql, Sql.Statement<T> body, boolean keys) {
    return queries.run(sql, body, keys);
  }
}
