package org.vigie.archive.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.vigie.archive.catalog.Sql;
import org.vigie.document.DocumentJson;

/**
 * What reviewers decided: the items confirmed or rejected, with who decided and when; written as
 * training data (JSON lines, read back by {@code vigie train harm --with-reviews}) and counted as
 * the flags' precision week by week.
 */
public final class ReviewDecisions {
  /** One decided item: the item, the reviewer of its last change of status, and when. */
  public record Decided(ReviewItem item, String reviewer, Instant decidedAt) {
    /** Confirmed: the flag was right (hostile, for a harm flag). */
    public boolean confirmed() {
      return item.status() == ReviewStatus.CONFIRME;
    }
  }

  /**
   * The decisions on the flags of one week (from its Monday, by the day they were flagged).
   *
   * @param week the Monday
   */
  public record Precision(LocalDate week, int confirmed, int rejected) {
    /** confirmed / (confirmed + rejected). */
    public double precision() {
      return confirmed + rejected == 0 ? 0 : (double) confirmed / (confirmed + rejected);
    }
  }

  private final Sql sql;

  public ReviewDecisions(DataSource db) {
    this.sql = new Sql(db, "review decisions");
  }

  /** The decided items of a kind ({@code null}: every kind), in the order they were flagged. */
  public List<Decided> decided(String kind) {
    return sql.select(
        "SELECT i.*, 0 AS group_size, a.actor AS reviewer, a.at AS decided_at FROM review_item i"
            + " JOIN review_audit a ON a.id = (SELECT MAX(x.id) FROM review_audit x WHERE"
            + " x.item_id = i.id AND x.action = 'status') WHERE i.status IN ('confirme',"
            + " 'ecarte') AND (CAST(? AS VARCHAR) IS NULL OR i.kind = ?) ORDER BY i.id",
        ps -> {
          ps.setString(1, kind);
          ps.setString(2, kind);
        },
        rs ->
            new Decided(
                ReviewRows.item(rs),
                rs.getString("reviewer"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant()));
  }

  /**
   * Writes the decided items as JSON lines, one per item: {@code kind}, {@code document}, {@code
   * text} (the words judged), {@code hostile} (confirmed true, rejected false), {@code status},
   * {@code label} (the reviewer's when relabelled), {@code flaggedLabel}, {@code score}, {@code
   * categories}, {@code targets}, {@code reviewer}, {@code decidedAt}.
   *
   * @return the lines written
   */
  public int writeJsonLines(String kind, Writer out) throws IOException {
    int n = 0;
    for (Decided d : decided(kind)) {
      out.write(line(d).toString());
      out.write('\n');
      n++;
    }
    out.flush();
    return n;
  }

  static ObjectNode line(Decided d) {
    ReviewItem i = d.item();
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("item", i.id());
    o.put("kind", i.kind());
    o.put("document", i.documentId());
    o.put("text", i.excerpt());
    o.put("hostile", d.confirmed());
    o.put("status", i.status().code());
    o.put("label", i.currentLabel());
    o.put("flaggedLabel", i.label());
    o.put("score", i.score());
    i.categories().forEach(o.putArray("categories")::add);
    i.targets().forEach(o.putArray("targets")::add);
    o.put("reviewer", d.reviewer());
    o.put("decidedAt", d.decidedAt().toString());
    return o;
  }

  /** The flags' precision as reviewers judged it, by week of flagging, oldest first. */
  public List<Precision> precisionByWeek(String kind) {
    Map<LocalDate, int[]> weeks = new TreeMap<>();
    for (Decided d : decided(kind)) {
      LocalDate monday =
          LocalDate.ofInstant(d.item().flaggedAt(), ZoneOffset.UTC)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      weeks.computeIfAbsent(monday, w -> new int[2])[d.confirmed() ? 0 : 1]++;
    }
    return weeks.entrySet().stream()
        .map(e -> new Precision(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
