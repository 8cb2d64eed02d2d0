package org.vigie.analytics;

import java.util.List;
import java.util.Map;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Quote;
import org.vigie.search.Histogram;
import org.vigie.search.SearchResult.FacetValue;

/**
 * What the archive says about one person, organisation or place ({@link EntityProfiles#of}).
 *
 * @param field the entity field ({@code person}, {@code organization}, {@code place})
 * @param name the name as the texts write it
 * @param total how many documents name it
 * @param mentions those documents over time, at a readable interval ({@link AutoHistogram})
 * @param cooccurring by entity field, the entities named with it most often (itself left out)
 * @param sites the sites that name it most often
 * @param roles the roles the texts give it ("ministre"), each with the number of documents
 * @param quotesBy what it said, newest first
 * @param quotesAbout what others said that names it, newest first
 * @param documents the newest documents naming it
 */
public record EntityProfile(
    String field,
    String name,
    long total,
    Histogram mentions,
    Map<String, List<FacetValue>> cooccurring,
    List<FacetValue> sites,
    Map<String, Long> roles,
    List<Said> quotesBy,
    List<Said> quotesAbout,
    List<AnalyzedDocument> documents) {

  /** A quote and the document it was read in. */
  public record Said(Quote quote, AnalyzedDocument document) {}
}
