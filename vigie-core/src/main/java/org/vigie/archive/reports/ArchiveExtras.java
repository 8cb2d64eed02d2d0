package org.vigie.archive.reports;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.ReportExtras;
import org.vigie.archive.catalog.Sql;

/** What a report reads from the catalog: the alert rules that queued messages in the period. */
final class ArchiveExtras implements ReportExtras {
  private final Sql sql;
  private final String baseUrl;
  private final org.vigie.archive.catalog.SourceRegistry sources;
  private final org.vigie.search.Searcher searcher;

  ArchiveExtras(
      DataSource db,
      String baseUrl,
      org.vigie.archive.catalog.SourceRegistry sources,
      org.vigie.search.Searcher searcher) {
    this.sql = new Sql(db, "report");
    this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    this.sources = sources;
    this.searcher = searcher;
  }

  @Override
  public List<Report.SilentSource> silentSources(Period period) {
    Instant end = period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    org.vigie.collect.sources.CoverageReader reader =
        new org.vigie.collect.sources.CoverageReader(searcher);
    List<Report.SilentSource> out = new ArrayList<>();
    for (org.vigie.collect.sources.RegisteredSource s : sources.list()) {
      org.vigie.collect.sources.Coverage c = reader.coverage(s, end);
      if (c.silent()) {
        out.add(
            new Report.SilentSource(
                s.id(), c.lastDocument() == null ? "" : c.lastDocument().toString(), "coverage"));
      }
    }
    return out;
  }

  @Override
  public List<Report.GroupLine> coordinationGroups(Period period) {
    Instant from = period.from().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    // one line per group followed across runs: its latest view active in the period
    return sql.run(
        "SELECT g.id, g.size, g.pairs, g.kinds, g.platforms, g.first_share, g.last_share,"
            + " g.run_id, g.rank_in_run FROM coordination_group g WHERE g.last_share >= ? AND"
            + " g.first_share < ? AND g.id = (SELECT MAX(h.id) FROM coordination_group h WHERE"
            + " h.lineage_id = g.lineage_id AND h.last_share >= ? AND h.first_share < ?) ORDER BY"
            + " g.size DESC, g.pairs DESC, g.id LIMIT 10",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(from));
          ps.setTimestamp(2, Timestamp.from(to));
          ps.setTimestamp(3, Timestamp.from(from));
          ps.setTimestamp(4, Timestamp.from(to));
          List<Report.GroupLine> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new Report.GroupLine(
                      "#" + rs.getLong(8) + "." + rs.getInt(9),
                      rs.getInt(2),
                      rs.getLong(3),
                      rs.getString(4).replace(",", ", "),
                      rs.getString(5).replace(",", ", "),
                      rs.getTimestamp(6).toInstant().toString().substring(0, 16).replace('T', ' ')
                          + " → "
                          + rs.getTimestamp(7)
                              .toInstant()
                              .toString()
                              .substring(0, 16)
                              .replace('T', ' '),
                      baseUrl + "/coordination/groups/" + rs.getLong(1)));
            }
          }
          return out;
        });
  }

  @Override
  public List<Report.AlertLine> alertsFired(Period period) {
    Instant from = period.from().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return sql.run(
        "SELECT r.id, r.name, r.query, COUNT(*) FROM alert_delivery d JOIN alert_rule r ON r.id = d.rule_id"
            + " WHERE d.created_at >= ? AND d.created_at < ? AND d.kind <> 'test'"
            + " GROUP BY r.id, r.name, r.query ORDER BY COUNT(*) DESC, r.name LIMIT 20",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(from));
          ps.setTimestamp(2, Timestamp.from(to));
          List<Report.AlertLine> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new Report.AlertLine(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      baseUrl + "/alerts/" + rs.getLong(1)));
            }
          }
          return out;
        });
  }
}
