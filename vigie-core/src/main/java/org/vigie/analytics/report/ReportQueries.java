package org.vigie.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;

/**
 * The searches of one report: a query within a period, parsed from the very text its links carry,
 * so that a figure and the search page it links to count the same documents.
 */
final class ReportQueries {
  private final Searcher searcher;
  private final ReportLinks links;

  ReportQueries(Searcher searcher, ReportLinks links) {
    this.searcher = searcher;
    this.links = links;
  }

  ReportLinks links() {
    return links;
  }

  Searcher searcher() {
    return searcher;
  }

  /** The query of {@code query} within {@code period}, as the search page parses its link. */
  static Query within(String query, Period period) {
    String q = query.isBlank() ? period.queryText() : "(" + query + ") " + period.queryText();
    return QueryParser.parse(q);
  }

  /** How many documents match, with these facets counted. */
  SearchResult count(String query, Period period, List<String> facets) {
    return searcher.search(
        new SearchRequest(within(query, period), Map.of(), Sort.NEWEST, 0, 0, facets, false));
  }

  /** How many documents match the query within the period and also {@code more}. */
  long count(String query, Period period, Query more) {
    Query q = new Query.And(List.of(within(query, period), more));
    return searcher
        .search(new SearchRequest(q, Map.of(), Sort.NEWEST, 0, 0, List.of(), false))
        .total();
  }

  /** The first matching documents in an order, with facets. */
  SearchResult read(Query q, Sort sort, int limit, List<String> facets) {
    return searcher.search(new SearchRequest(q, Map.of(), sort, 0, limit, facets, false));
  }

  /** The values of one facet of a result, largest first. */
  static List<SearchResult.FacetValue> facet(SearchResult r, String field) {
    Optional<SearchResult.Facet> f =
        r.facets().stream().filter(x -> x.field().equals(field)).findFirst();
    return f.map(SearchResult.Facet::values).orElse(List.of());
  }

  /** Values of one facet as ranked lines linking to the filtered search. */
  List<Report.Ranked> ranked(SearchResult r, String field, String query, Period p, int limit) {
    List<Report.Ranked> out = new ArrayList<>();
    for (SearchResult.FacetValue v : facet(r, field)) {
      if (out.size() == limit) {
        break;
      }
      out.add(
          new Report.Ranked(v.value(), v.count(), links.search(query, p, field + ":" + v.value())));
    }
    return out;
  }
}
