package org.vigie.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One search: a query, facet filters, an order, a page, and what to compute besides the hits.
 *
 * @param query what to match
 * @param filters exact values per keyword field ({@code language → [fra]}); values of one field are
 *     alternatives, fields are combined
 * @param sort the order
 * @param offset how many hits to skip (at most {@link #MAX_WINDOW}: a page deeper is refused as a
 *     {@link QuerySyntaxException}, a user error)
 * @param limit how many hits to return (at most {@link #MAX_LIMIT})
 * @param facets the keyword fields to count values of
 * @param highlight whether hits carry highlighted snippets
 * @param includeCopies whether near-duplicates (documents with a {@code duplicateOf}) are matched,
 *     counted and shown; by default they are not, so that a syndicated article counts once. A
 *     filter on {@link SearchFields#DUPLICATE_OF} (the copies of one original) includes them.
 */
public record SearchRequest(
    Query query,
    Map<String, Set<String>> filters,
    Sort sort,
    int offset,
    int limit,
    List<String> facets,
    boolean highlight,
    boolean includeCopies) {

  public static final int MAX_LIMIT = 1000;

  /** No more than this many hits can be paged to; exports stream past it. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    filters = Map.copyOf(filters == null ? Map.of() : filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
    facets = List.copyOf(facets == null ? List.of() : facets);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0: " + offset);
    }
    if (offset > MAX_WINDOW) {
      throw QueryLimits.tooDeep(offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ": " + limit);
    }
    for (String field : filters.keySet()) {
      if (!SearchFields.KEYWORD.contains(field)) {
        throw new IllegalArgumentException("cannot filter on field '" + field + "'");
      }
    }
    for (String field : facets) {
      if (!SearchFields.KEYWORD.contains(field)) {
        throw new IllegalArgumentException("cannot count facet '" + field + "'");
      }
    }
  }

  /** A request that leaves copies out. */
  public SearchRequest(
      Query query,
      Map<String, Set<String>> filters,
      Sort sort,
      int offset,
      int limit,
      List<String> facets,
      boolean highlight) {
    this(query, filters, sort, offset, limit, facets, highlight, false);
  }

  /**
   * The first ten hits of a query by relevance: no filter, no facet, no snippet, copies left out.
   * The {@code with…} methods give the variations: {@code
   * SearchRequest.matching(q).sortedBy(Sort.NEWEST).page(0,
   * 50).withFacets(SearchFields.DEFAULT_FACETS)}.
   */
  public static SearchRequest matching(Query query) {
    return new SearchRequest(query, Map.of(), Sort.RELEVANCE, 0, 10, List.of(), false, false);
  }

  /** Every document: {@link #matching} the query that matches all. */
  public static SearchRequest all() {
    return matching(new Query.All());
  }

  /** This request with these filters instead of its own. */
  public SearchRequest withFilters(Map<String, Set<String>> values) {
    return new SearchRequest(query, values, sort, offset, limit, facets, highlight, includeCopies);
  }

  /** This request with one more filter value on a keyword field. */
  public SearchRequest withFilter(String field, String value) {
    Map<String, Set<String>> more = new LinkedHashMap<>(filters);
    Set<String> values = new LinkedHashSet<>(more.getOrDefault(field, Set.of()));
    values.add(value);
    more.put(field, values);
    return withFilters(more);
  }

  /** This request in another order. */
  public SearchRequest sortedBy(Sort order) {
    return new SearchRequest(
        query, filters, order, offset, limit, facets, highlight, includeCopies);
  }

  /** This request for {@code size} hits after the first {@code from}. */
  public SearchRequest page(int from, int size) {
    return new SearchRequest(query, filters, sort, from, size, facets, highlight, includeCopies);
  }

  /** This request counting the values of these keyword fields. */
  public SearchRequest withFacets(List<String> fields) {
    return new SearchRequest(query, filters, sort, offset, limit, fields, highlight, includeCopies);
  }

  /** This request with highlighted snippets or without. */
  public SearchRequest highlighted(boolean snippets) {
    return new SearchRequest(query, filters, sort, offset, limit, facets, snippets, includeCopies);
  }

  /** This request with copies included or not. */
  public SearchRequest withCopies(boolean include) {
    return new SearchRequest(query, filters, sort, offset, limit, facets, highlight, include);
  }

  /** Whether copies are left out of this search's matches. */
  public boolean excludesCopies() {
    return !includeCopies && !filters.containsKey(SearchFields.DUPLICATE_OF);
  }

  /** The first page of a typed query, with the default facets and snippets. */
  public static SearchRequest of(String queryText) {
    return matching(QueryParser.parse(queryText))
        .withFacets(SearchFields.DEFAULT_FACETS)
        .highlighted(true);
  }
}
