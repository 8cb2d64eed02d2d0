package org.vigie.analytics.report;

import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchResult;

/**
 * The key figures of a period against the previous one, read from the period's search as {@code
 * /api/search} answers it: documents are its total, posts its {@code type:post} count, sources,
 * languages and countries the number of distinct sites, languages and country names among the
 * places (a lower bound when the facet holds as many values as it can count).
 */
final class KeyFigures {
  /** Values a facet counts at most (the index's limit). */
  static final int FACET_LIMIT = 50;

  private KeyFigures() {}

  static List<Report.KeyFigure> of(
      ReportQueries q, String scope, Period p, SearchResult now, SearchResult before) {
    ReportLinks l = q.links();
    return List.of(
        new Report.KeyFigure("documents", now.total(), before.total(), false, l.search(scope, p)),
        new Report.KeyFigure(
            "posts",
            posts(now),
            posts(before),
            false,
            l.search(scope, p, SearchFields.TYPE + ":" + AnalyzedDocument.POST)),
        distinct("sources", SearchFields.SITE, now, before, l.search(scope, p)),
        distinct("languages", SearchFields.LANGUAGE, now, before, l.search(scope, p)),
        new Report.KeyFigure(
            "countries",
            countries(now),
            countries(before),
            ReportQueries.facet(now, SearchFields.PLACE).size() >= FACET_LIMIT,
            l.search(scope, p)));
  }

  static long posts(SearchResult r) {
    return ReportQueries.facet(r, SearchFields.TYPE).stream()
        .filter(v -> v.value().equals(AnalyzedDocument.POST))
        .mapToLong(SearchResult.FacetValue::count)
        .sum();
  }

  static long countries(SearchResult r) {
    return ReportQueries.facet(r, SearchFields.PLACE).stream()
        .filter(v -> Countries.isCountry(v.value()))
        .count();
  }

  private static Report.KeyFigure distinct(
      String key, String field, SearchResult now, SearchResult before, String link) {
    int n = ReportQueries.facet(now, field).size();
    return new Report.KeyFigure(
        key, n, ReportQueries.facet(before, field).size(), n >= FACET_LIMIT, link);
  }
}
