package org.vigie.archive.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.vigie.archive.catalog.Sql;
import org.vigie.archive.claims.ClaimRecords.StoredClaim;
import org.vigie.archive.claims.ClaimRecords.StoredMatch;
import org.vigie.document.ClaimReview;
import org.vigie.document.DocumentJson;

/**
 * The fact-checks and the documents matched to them, in the catalog (V12: {@code claim_review},
 * {@code claim_match}). A review is known by its key, a hash of its address and claim, so importing
 * it again updates it. Thread-safe (the database locks).
 */
final class ClaimCatalog {
  private static final int EXCERPT = 2000;
  private static final String CLAIM_COLUMNS =
      "r.id, r.review_json, r.origin, r.document_id, r.imported_at,"
          + " (SELECT COUNT(*) FROM claim_match m WHERE m.claim_id = r.id) AS matches";
  private static final String MATCH_COLUMNS =
      "claim_id, document_id, method, score, span_start, span_end, excerpt, title, url, matched_at";

  private final Sql sql;

  ClaimCatalog(DataSource db) {
    this.sql = new Sql(db, "fact-check");
  }

  /** Adds a review or updates the one with the same key: its id, and whether it was new. */
  synchronized Stored put(ClaimReview r, String origin, String documentId, Instant at) {
    String key = key(r);
    String json = json(r);
    List<Long> known =
        sql.select(
            "SELECT id FROM claim_review WHERE review_key = ?",
            ps -> ps.setString(1, key),
            rs -> rs.getLong(1));
    if (!known.isEmpty()) {
      long id = known.get(0);
      sql.update(
          "UPDATE claim_review SET url = ?, claim = ?, rating = ?, reviewer = ?, reviewed = ?,"
              + " review_json = ?, origin = ?, document_id = COALESCE(?, document_id) WHERE id = ?",
          ps -> {
            bindColumns(ps, r, json, origin, documentId);
            ps.setLong(9, id);
          });
      return new Stored(id, false);
    }
    long id =
        sql.run(
            "INSERT INTO claim_review (url, claim, rating, reviewer, reviewed, review_json, origin,"
                + " document_id, review_key, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ps -> {
              bindColumns(ps, r, json, origin, documentId);
              ps.setString(9, key);
              ps.setTimestamp(10, Timestamp.from(at));
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
              }
            },
            true);
    return new Stored(id, true);
  }

  /** A review's id and whether it was new. */
  record Stored(long id, boolean added) {}

  private static void bindColumns(
      java.sql.PreparedStatement ps, ClaimReview r, String json, String origin, String documentId)
      throws SQLException {
    ps.setString(1, cut(r.url(), 2000));
    ps.setString(2, cut(r.claim(), 4000));
    ps.setString(3, cut(r.rating(), 200));
    ps.setString(4, cut(r.reviewer(), 500));
    ps.setString(5, cut(r.reviewed(), 40));
    ps.setString(6, json);
    ps.setString(7, cut(origin, 2000));
    ps.setString(8, documentId);
  }

  /** Every review, oldest first. */
  List<StoredClaim> all() {
    return sql.select(
        "SELECT " + CLAIM_COLUMNS + " FROM claim_review r ORDER BY r.id", ps -> {}, this::claim);
  }

  /** A page of reviews, the latest reviewed first. */
  List<StoredClaim> list(int limit, int offset) {
    return sql.select(
        "SELECT "
            + CLAIM_COLUMNS
            + " FROM claim_review r ORDER BY r.reviewed DESC NULLS LAST, r.id DESC"
            + " LIMIT ? OFFSET ?",
        ps -> {
          ps.setInt(1, limit);
          ps.setInt(2, offset);
        },
        this::claim);
  }

  int count() {
    return sql.select("SELECT COUNT(*) FROM claim_review", ps -> {}, rs -> rs.getInt(1)).get(0);
  }

  Optional<StoredClaim> get(long id) {
    return sql
        .select(
            "SELECT " + CLAIM_COLUMNS + " FROM claim_review r WHERE r.id = ?",
            ps -> ps.setLong(1, id),
            this::claim)
        .stream()
        .findFirst();
  }

  /** Records a match, or keeps the better of it and the one already recorded. */
  void match(StoredMatch m) {
    sql.update(
        "MERGE INTO claim_match m USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(200))))"
            + " AS v(claim_id, document_id) ON m.claim_id = v.claim_id AND m.document_id ="
            + " v.document_id WHEN MATCHED AND m.score < ? THEN UPDATE SET method = ?, score = ?,"
            + " span_start = ?, span_end = ?, excerpt = ?, matched_at = ? WHEN NOT MATCHED THEN"
            + " INSERT ("
            + MATCH_COLUMNS
            + ") VALUES (v.claim_id, v.document_id, ?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          Timestamp at = Timestamp.from(m.matchedAt());
          String excerpt = cut(m.excerpt(), EXCERPT);
          ps.setLong(1, m.claimId());
          ps.setString(2, m.documentId());
          ps.setDouble(3, m.score());
          ps.setString(4, m.method());
          ps.setDouble(5, m.score());
          ps.setInt(6, m.start());
          ps.setInt(7, m.end());
          ps.setString(8, excerpt);
          ps.setTimestamp(9, at);
          ps.setString(10, m.method());
          ps.setDouble(11, m.score());
          ps.setInt(12, m.start());
          ps.setInt(13, m.end());
          ps.setString(14, excerpt);
          ps.setString(15, cut(m.title(), 1000));
          ps.setString(16, cut(m.url(), 2000));
          ps.setTimestamp(17, at);
        });
  }

  /** The claims matched to a document, best first. */
  List<StoredMatch> matchesOfDocument(String documentId) {
    return sql.select(
        "SELECT " + MATCH_COLUMNS + " FROM claim_match WHERE document_id = ? ORDER BY score DESC",
        ps -> ps.setString(1, documentId),
        ClaimCatalog::match);
  }

  /** The documents matched to a claim, the latest first. */
  List<StoredMatch> matchesOfClaim(long claimId, int limit) {
    return sql.select(
        "SELECT "
            + MATCH_COLUMNS
            + " FROM claim_match WHERE claim_id = ? ORDER BY matched_at DESC, document_id LIMIT ?",
        ps -> {
          ps.setLong(1, claimId);
          ps.setInt(2, limit);
        },
        ClaimCatalog::match);
  }

  /** The latest matches over every claim, for the review queue and the API. */
  List<StoredMatch> recentMatches(Instant since, int limit) {
    return sql.select(
        "SELECT "
            + MATCH_COLUMNS
            + " FROM claim_match WHERE matched_at >= ? ORDER BY matched_at DESC, document_id"
            + " LIMIT ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(since));
          ps.setInt(2, limit);
        },
        ClaimCatalog::match);
  }

  private StoredClaim claim(ResultSet rs) throws SQLException {
    return new StoredClaim(
        rs.getLong("id"),
        review(rs.getString("review_json")),
        rs.getString("origin"),
        rs.getString("document_id"),
        rs.getTimestamp("imported_at").toInstant(),
        rs.getInt("matches"));
  }

  private static StoredMatch match(ResultSet rs) throws SQLException {
    return new StoredMatch(
        rs.getLong("claim_id"),
        rs.getString("document_id"),
        rs.getString("method"),
        rs.getDouble("score"),
        rs.getInt("span_start"),
        rs.getInt("span_end"),
        rs.getString("excerpt"),
        rs.getString("title"),
        rs.getString("url"),
        rs.getTimestamp("matched_at").toInstant());
  }

  private static String json(ClaimReview r) {
    try {
      return DocumentJson.mapper().writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a claim review as JSON", e);
    }
  }

  private static ClaimReview review(String json) {
    try {
      return DocumentJson.mapper().readValue(json, ClaimReview.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored claim review is not readable: " + json, e);
    }
  }

  /** The review's key: SHA-256 of its address and its claim. */
  static String key(ClaimReview r) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((r.url() == null ? "" : r.url()).getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(r.claim().strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
