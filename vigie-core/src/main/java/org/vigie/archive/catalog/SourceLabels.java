package org.vigie.archive.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.vigie.collect.sources.SourceException;

/**
 * Editors' labels on registered sources, shown beside each source and on its documents: a site
 * known for satire, for false news, or a state medium (catalog V12, {@code source_label}).
 * Thread-safe (the database locks).
 */
public final class SourceLabels {
  /** The labels an editor can set, by their name in files, forms and the API. */
  public static final List<String> KNOWN = List.of("satire", "false-news", "state-media");

  private final Sql sql;

  SourceLabels(DataSource db) {
    this.sql = new Sql(db, "source label");
  }

  /** A source's labels, in {@link #KNOWN}'s order. */
  public List<String> of(String sourceId) {
    return sorted(
        sql.select(
            "SELECT label FROM source_label WHERE source_id = ?",
            ps -> ps.setString(1, sourceId),
            rs -> rs.getString(1)));
  }

  /** Every labelled source's labels, by source id. */
  public Map<String, List<String>> all() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    sql.select(
            "SELECT source_id, label FROM source_label ORDER BY source_id",
            ps -> {},
            rs -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    found.replaceAll((k, v) -> sorted(v));
    return found;
  }

  /**
   * Replaces a source's labels.
   *
   * @throws SourceException naming a label that is not one of {@link #KNOWN}
   */
  public void set(String sourceId, Collection<String> labels, Instant at) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String l : labels) {
      String label = l.strip().toLowerCase(Locale.ROOT);
      if (label.isEmpty()) {
        continue;
      }
      if (!KNOWN.contains(label)) {
        throw new SourceException(
            "unknown source label '" + l + "'; known labels: " + String.join(", ", KNOWN));
      }
      wanted.add(label);
    }
    sql.update("DELETE FROM source_label WHERE source_id = ?", ps -> ps.setString(1, sourceId));
    for (String label : wanted) {
      sql.update(
          "INSERT INTO source_label (source_id, label, set_at) VALUES (?, ?, ?)",
          ps -> {
            ps.setString(1, sourceId);
            ps.setString(2, label);
            ps.setTimestamp(3, Timestamp.from(at));
          });
    }
  }

  private static List<String> sorted(List<String> labels) {
    return KNOWN.stream().filter(labels::contains).toList();
  }
}
