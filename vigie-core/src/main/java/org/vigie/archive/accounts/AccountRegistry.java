package org.vigie.archive.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.archive.accounts.AccountRecords.Actor;
import org.vigie.archive.accounts.AccountRecords.EntityLink;
import org.vigie.archive.accounts.AccountRecords.FollowerPoint;
import org.vigie.archive.accounts.AccountRecords.SeenAccount;
import org.vigie.archive.accounts.AccountRecords.Suggestion;
import org.vigie.archive.catalog.Sql;
import org.vigie.document.Account;

/**
 * The accounts seen in posts, kept in the catalog as posts are archived ({@link #seen}): first and
 * last seen, posts, languages, the latest follower count and every count seen as a time series;
 * editors' labels and watchlist; actors, one person or organisation's accounts on several
 * platforms, with the entities of the texts that stand for them. Thread-safe (the database locks).
 */
public final class AccountRegistry {
  private static final String COLUMNS =
      "platform, account_id, handle, name, first_seen, last_seen, posts, languages, followers,"
          + " labels, watched, actor_id";

  private final Sql sql;
  private final Clock clock;

  public AccountRegistry(DataSource db, Clock clock) {
    this.sql = new Sql(db, "account");
    this.clock = clock;
  }

  /** {@code platform} and {@code id} of an account as the registry keys it (id, else handle). */
  public static String[] key(String platform, Account a) {
    if (a == null) {
      return null;
    }
    String p = a.platform() != null ? a.platform() : platform;
    String id = a.id() != null && !a.id().isBlank() ? a.id() : a.handle();
    if (p == null || p.isBlank() || id == null || id.isBlank()) {
      return null;
    }
    return new String[] {p.toLowerCase(Locale.ROOT), id};
  }

  /** Records one post of an account, at the post's time, in its language, with its followers. */
  public void seen(String platform, Account a, Instant at, String language) {
    String[] key = key(platform, a);
    if (key == null) {
      return;
    }
    String lang = language == null || language.equals("und") ? "" : language;
    try {
      upsert(key, a, at, lang);
    } catch (org.vigie.archive.catalog.CatalogException e) {
      if (!uniqueViolation(e)) {
        throw e;
      }
      // two workers saw one new account at once: the other inserted it, this one now updates it
      upsert(key, a, at, lang);
    }
    if (a.followers() != null) {
      sql.update(
          "MERGE INTO social_account_followers (platform, account_id, seen_at, followers) KEY"
              + " (platform, account_id, seen_at) VALUES (?, ?, ?, ?)",
          ps -> {
            ps.setString(1, key[0]);
            ps.setString(2, key[1]);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setLong(4, a.followers());
          });
    }
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SQLException sqe && "23505".equals(sqe.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private void upsert(String[] key, Account a, Instant at, String lang) {
    sql.update(
        "MERGE INTO social_account t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(?"
            + " AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS"
            + " VARCHAR), CAST(? AS BIGINT))) s(platform, account_id, handle, name, seen, lang,"
            + " followers) ON t.platform = s.platform AND t.account_id = s.account_id WHEN"
            + " MATCHED THEN UPDATE SET handle = COALESCE(s.handle, t.handle), name ="
            + " COALESCE(s.name, t.name), first_seen = LEAST(t.first_seen, s.seen), last_seen ="
            + " GREATEST(t.last_seen, s.seen), posts = t.posts + 1, languages = CASE WHEN s.lang ="
            + " '' OR POSITION(',' || s.lang || ',' IN ',' || t.languages || ',') > 0 THEN"
            + " t.languages WHEN t.languages = '' THEN s.lang ELSE t.languages || ',' || s.lang"
            + " END, followers = CASE WHEN s.followers IS NOT NULL AND s.seen >= t.last_seen THEN"
            + " s.followers ELSE t.followers END WHEN NOT MATCHED THEN INSERT (platform,"
            + " account_id, handle, name, first_seen, last_seen, posts, languages, followers)"
            + " VALUES (s.platform, s.account_id, s.handle, s.name, s.seen, s.seen, 1, s.lang,"
            + " s.followers)",
        ps -> {
          ps.setString(1, key[0]);
          ps.setString(2, key[1]);
          ps.setString(3, blankToNull(a.handle()));
          ps.setString(4, blankToNull(a.name()));
          ps.setTimestamp(5, Timestamp.from(at));
          ps.setString(6, lang);
          if (a.followers() == null) {
            ps.setNull(7, Types.BIGINT);
          } else {
            ps.setLong(7, a.followers());
          }
        });
  }

  /**
   * Counts the accounts again from every post of the archive (an archive made before the registry,
   * or after an import that bypassed it): posts, first and last seen, languages and followers are
   * recomputed; labels, watchlist and actors are kept. Answers the posts read.
   */
  public long rebuild(org.vigie.search.Searcher searcher) {
    sql.update("UPDATE social_account SET posts = 0", ps -> {});
    sql.update("DELETE FROM social_account_followers", ps -> {});
    long[] posts = {0};
    searcher.forEachMatch(
        org.vigie.search.SearchRequest.matching(
                new org.vigie.search.Query.Term(
                    org.vigie.search.SearchFields.TYPE, org.vigie.document.AnalyzedDocument.POST))
            .withCopies(true),
        d -> {
          if (d.account() != null) {
            seen(d.site(), d.account(), AccountLinking.when(d), d.language());
            posts[0]++;
          }
        });
    sql.update(
        "DELETE FROM social_account WHERE posts = 0 AND actor_id IS NULL AND labels = ''",
        ps -> {});
    return posts[0];
  }

  public Optional<SeenAccount> get(String platform, String id) {
    return sql
        .select(
            "SELECT " + COLUMNS + " FROM social_account WHERE platform = ? AND account_id = ?",
            ps -> {
              ps.setString(1, platform.toLowerCase(Locale.ROOT));
              ps.setString(2, id);
            },
            AccountRegistry::account)
        .stream()
        .findFirst();
  }

  /** The account of a handle on a platform (case ignored), when the registry knows it. */
  public Optional<SeenAccount> byHandle(String platform, String handle) {
    return sql
        .select(
            "SELECT "
                + COLUMNS
                + " FROM social_account WHERE platform = ? AND LOWER(handle) ="
                + " LOWER(?) ORDER BY posts DESC LIMIT 1",
            ps -> {
              ps.setString(1, platform.toLowerCase(Locale.ROOT));
              ps.setString(2, handle);
            },
            AccountRegistry::account)
        .stream()
        .findFirst();
  }

  /**
   * Accounts, the most active first: of a platform (null: any), with a label (null: any), only the
   * watched ones, whose handle or name contains {@code text} (null: any).
   */
  public List<SeenAccount> list(
      String platform, String label, boolean watchedOnly, String text, int offset, int limit) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (platform != null && !platform.isBlank()) {
      where.append(" AND platform = ?");
      args.add(platform.toLowerCase(Locale.ROOT));
    }
    if (label != null && !label.isBlank()) {
      where.append(" AND POSITION(',' || ? || ',' IN ',' || labels || ',') > 0");
      args.add(label);
    }
    if (watchedOnly) {
      where.append(" AND watched");
    }
    if (text != null && !text.isBlank()) {
      where.append(" AND (LOWER(handle) LIKE ? OR LOWER(name) LIKE ? OR account_id = ?)");
      String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
      args.add(like);
      args.add(like);
      args.add(text.strip());
    }
    return sql.select(
        "SELECT "
            + COLUMNS
            + " FROM social_account"
            + where
            + " ORDER BY posts DESC, platform, account_id LIMIT ? OFFSET ?",
        ps -> {
          int i = 1;
          for (Object a : args) {
            ps.setString(i++, (String) a);
          }
          ps.setInt(i++, limit);
          ps.setInt(i, offset);
        },
        AccountRegistry::account);
  }

  public int count() {
    return sql.select("SELECT COUNT(*) FROM social_account", ps -> {}, rs -> rs.getInt(1))
        .getFirst();
  }

  /** Every follower count seen for the account, oldest first. */
  public List<FollowerPoint> followers(String platform, String id) {
    return sql.select(
        "SELECT seen_at, followers FROM social_account_followers WHERE platform = ? AND"
            + " account_id = ? ORDER BY seen_at",
        ps -> {
          ps.setString(1, platform.toLowerCase(Locale.ROOT));
          ps.setString(2, id);
        },
        rs -> new FollowerPoint(rs.getTimestamp(1).toInstant(), rs.getLong(2)));
  }

  /** Sets an account's labels and whether it is watched; false when the account is unknown. */
  public boolean mark(String platform, String id, Collection<String> labels, boolean watched) {
    return sql.update(
            "UPDATE social_account SET labels = ?, watched = ? WHERE platform = ? AND account_id ="
                + " ?",
            ps -> {
              ps.setString(1, labels(labels));
              ps.setBoolean(2, watched);
              ps.setString(3, platform.toLowerCase(Locale.ROOT));
              ps.setString(4, id);
            })
        > 0;
  }

  /** A new actor. */
  public Actor createActor(String name, Collection<String> labels, String note) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an actor needs a name");
    }
    Instant now = clock.instant();
    long id =
        sql.run(
            "INSERT INTO actor (name, labels, note, created_at) VALUES (?, ?, ?, ?)",
            ps -> {
              ps.setString(1, name.strip());
              ps.setString(2, labels(labels));
              ps.setString(3, blankToNull(note));
              ps.setTimestamp(4, Timestamp.from(now));
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
              }
            },
            true);
    return actor(id).orElseThrow();
  }

  public Optional<Actor> actor(long id) {
    return sql
        .select(
            "SELECT id, name, labels, note, created_at FROM actor WHERE id = ?",
            ps -> ps.setLong(1, id),
            AccountRegistry::actorRow)
        .stream()
        .findFirst();
  }

  public List<Actor> actors() {
    return sql.select(
        "SELECT id, name, labels, note, created_at FROM actor ORDER BY name",
        ps -> {},
        AccountRegistry::actorRow);
  }

  /**
   * Ties an account to an actor (null: unties it); false when the account is unknown.
   *
   * @throws IllegalArgumentException when the actor does not exist
   */
  public boolean link(String platform, String id, Long actorId) {
    if (actorId != null && actor(actorId).isEmpty()) {
      throw new IllegalArgumentException("no actor " + actorId);
    }
    return sql.update(
            "UPDATE social_account SET actor_id = ? WHERE platform = ? AND account_id = ?",
            ps -> {
              if (actorId == null) {
                ps.setNull(1, Types.BIGINT);
              } else {
                ps.setLong(1, actorId);
              }
              ps.setString(2, platform.toLowerCase(Locale.ROOT));
              ps.setString(3, id);
            })
        > 0;
  }

  /** The accounts of an actor. */
  public List<SeenAccount> accountsOf(long actorId) {
    return sql.select(
        "SELECT " + COLUMNS + " FROM social_account WHERE actor_id = ? ORDER BY posts DESC",
        ps -> ps.setLong(1, actorId),
        AccountRegistry::account);
  }

  /** Ties an entity found in texts (PER, ORG) to an actor. */
  public void linkEntity(long actorId, String type, String name) {
    sql.update(
        "MERGE INTO actor_entity (actor_id, entity_type, entity_name) KEY (actor_id, entity_type,"
            + " entity_name) VALUES (?, ?, ?)",
        ps -> {
          ps.setLong(1, actorId);
          ps.setString(2, type.toUpperCase(Locale.ROOT));
          ps.setString(3, name.strip());
        });
  }

  public List<EntityLink> entitiesOf(long actorId) {
    return sql.select(
        "SELECT entity_type, entity_name FROM actor_entity WHERE actor_id = ? ORDER BY"
            + " entity_type, entity_name",
        ps -> ps.setLong(1, actorId),
        rs -> new EntityLink(rs.getString(1), rs.getString(2)));
  }

  /** The actor an entity stands for, when an editor said so. */
  public Optional<Actor> actorOfEntity(String type, String name) {
    return sql
        .select(
            "SELECT a.id, a.name, a.labels, a.note, a.created_at FROM actor a JOIN actor_entity e"
                + " ON e.actor_id = a.id WHERE e.entity_type = ? AND e.entity_name = ?",
            ps -> {
              ps.setString(1, type.toUpperCase(Locale.ROOT));
              ps.setString(2, name);
            },
            AccountRegistry::actorRow)
        .stream()
        .findFirst();
  }

  /**
   * Accounts of two platforms that may be one actor's: the same handle, or the same name (case
   * ignored), neither already tied to the other's actor. The most active first.
   */
  public List<Suggestion> suggestions(int limit) {
    List<Suggestion> found = new ArrayList<>();
    for (String[] rule :
        new String[][] {
          {"LOWER(a.handle) = LOWER(b.handle)", "handle"},
          {"LOWER(a.name) =" + " LOWER(b.name)", "name"}
        }) {
      found.addAll(
          sql.select(
              "SELECT "
                  + prefixed("a")
                  + ", "
                  + prefixed("b")
                  + " FROM social_account a JOIN social_account b ON a.platform < b.platform AND "
                  + rule[0]
                  + " WHERE (a.actor_id IS NULL OR b.actor_id IS NULL OR a.actor_id <> b.actor_id)"
                  + " ORDER BY a.posts + b.posts DESC LIMIT ?",
              ps -> ps.setInt(1, limit),
              rs -> new Suggestion(account(rs, 0), account(rs, 12), rule[1])));
    }
    return found.stream().limit(limit).toList();
  }

  private static String prefixed(String table) {
    return String.join(
        ", ", Arrays.stream(COLUMNS.split(", ")).map(c -> table + "." + c.strip()).toList());
  }

  private static SeenAccount account(ResultSet rs) throws SQLException {
    return account(rs, 0);
  }

  private static SeenAccount account(ResultSet rs, int o) throws SQLException {
    long followers = rs.getLong(o + 9);
    Long f = rs.wasNull() ? null : followers;
    long actor = rs.getLong(o + 12);
    Long a = rs.wasNull() ? null : actor;
    return new SeenAccount(
        rs.getString(o + 1),
        rs.getString(o + 2),
        rs.getString(o + 3),
        rs.getString(o + 4),
        rs.getTimestamp(o + 5).toInstant(),
        rs.getTimestamp(o + 6).toInstant(),
        rs.getInt(o + 7),
        split(rs.getString(o + 8)),
        f,
        split(rs.getString(o + 10)),
        rs.getBoolean(o + 11),
        a);
  }

  private static Actor actorRow(ResultSet rs) throws SQLException {
    return new Actor(
        rs.getLong(1),
        rs.getString(2),
        split(rs.getString(3)),
        rs.getString(4),
        rs.getTimestamp(5).toInstant());
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
  }

  private static String labels(Collection<String> labels) {
    return String.join(
        ",",
        labels.stream()
            .map(l -> l.strip().replace(",", " "))
            .filter(l -> !l.isEmpty())
            .distinct()
            .toList());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
