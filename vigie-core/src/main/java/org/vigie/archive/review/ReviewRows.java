package org.vigie.archive.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.vigie.document.DocumentJson;
import org.vigie.document.Signal;

/** The review tables' rows as values, and values as columns. */
final class ReviewRows {
  private static final TypeReference<List<Signal.Evidence>> EVIDENCE = new TypeReference<>() {};

  private ReviewRows() {}

  static ReviewItem item(ResultSet rs) throws SQLException {
    return new ReviewItem(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("document_id"),
        rs.getLong("group_id"),
        rs.getInt("group_size"),
        rs.getString("title"),
        rs.getString("site"),
        rs.getString("url"),
        rs.getString("published"),
        rs.getString("excerpt"),
        rs.getString("label"),
        rs.getDouble("score"),
        split(rs.getString("categories")),
        split(rs.getString("targets")),
        evidence(rs.getString("evidence")),
        ReviewStatus.parse(rs.getString("status")),
        rs.getString("assignee"),
        rs.getString("reviewed_label"),
        rs.getObject("flagged_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }

  static List<Signal.Evidence> evidence(String json) {
    try {
      return DocumentJson.mapper().readValue(json, EVIDENCE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("review item evidence is not JSON: " + json, e);
    }
  }

  static String json(List<Signal.Evidence> evidence) {
    try {
      return DocumentJson.mapper().writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write evidence as JSON", e);
    }
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
