package org.vigie.collect.sources;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;

/**
 * Reads a source's coverage from the index: its documents are the ones whose {@code source} is its
 * id (copies included: a syndicated article is still something the source published), each at its
 * publication time, or its fetch time when undated. A bare publication date counts at noon UTC.
 * Only its {@value #DOCUMENTS_READ} newest documents are read, which bounds the cost of a sources
 * page; the rhythm of a source publishing more than that in 30 days is measured on the newest.
 */
public final class CoverageReader {
  /** Documents read per source. */
  public static final int DOCUMENTS_READ = SearchRequest.MAX_LIMIT;

  /** Days shown by coverage charts. */
  public static final int CHART_DAYS = 60;

  private final Searcher searcher;

  public CoverageReader(Searcher searcher) {
    this.searcher = searcher;
  }

  /** The coverage of one registered source at {@code now}, watched since it was registered. */
  public Coverage coverage(RegisteredSource source, Instant now) {
    return CoverageRule.of(
        times(source.id()),
        source.source().schedule(),
        source.state().registeredAt(),
        now,
        CHART_DAYS);
  }

  /** The coverage of one source at {@code now}. */
  public Coverage coverage(Source source, Instant now) {
    return CoverageRule.of(times(source.id()), source.schedule(), now, CHART_DAYS);
  }

  /** The times of a source's newest documents. */
  public List<Instant> times(String sourceId) {
    SearchRequest request =
        SearchRequest.matching(QueryParser.parse(""))
            .withFilters(Map.of(SearchFields.SOURCE, Set.of(sourceId)))
            .sortedBy(Sort.NEWEST)
            .page(0, DOCUMENTS_READ)
            .withCopies(true);
    return searcher.search(request).hits().stream()
        .map(SearchResult.Hit::document)
        .map(CoverageReader::time)
        .toList();
  }

  /** When a document appeared: its publication time, else when it was fetched. */
  static Instant time(AnalyzedDocument d) {
    String published = d.published();
    if (published == null) {
      return d.fetchedAt();
    }
    if (published.length() == 10) {
      return PublishedTime.toDate(published).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }
    return PublishedTime.toInstant(published);
  }
}
