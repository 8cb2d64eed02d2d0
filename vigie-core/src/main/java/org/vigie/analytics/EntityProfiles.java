package org.vigie.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigie.analytics.EntityProfile.Said;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.Quote;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;

/**
 * Profiles of entities over an archive: how often one is named and when, who and what is named with
 * it, where, in which roles, what it said and what was said about it. Roles and quotes are read
 * from the newest {@value #READ} documents. Thread-safe when the searcher is.
 */
public final class EntityProfiles {
  /** The fields that hold entities. */
  public static final List<String> ENTITY_FIELDS =
      List.of(SearchFields.PERSON, SearchFields.ORGANIZATION, SearchFields.PLACE);

  /** Documents read for roles and quotes, the newest first. */
  static final int READ = 200;

  private static final int LISTED = 30;
  private static final int COOCCURRING = 15;
  private static final int DOCUMENTS = 10;

  private final Searcher searcher;

  public EntityProfiles(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The profile of the entity {@code name} in {@code field} (one of {@link #ENTITY_FIELDS}), or
   * empty when no document names it.
   */
  public Optional<EntityProfile> of(String field, String name) {
    List<String> facets = new ArrayList<>(ENTITY_FIELDS);
    facets.add(SearchFields.SITE);
    SearchRequest request =
        new SearchRequest(
            new Query.Phrase(field, name), Map.of(), Sort.NEWEST, 0, READ, facets, false);
    SearchResult result = searcher.search(request);
    if (result.total() == 0) {
      return Optional.empty();
    }
    Map<String, List<SearchResult.FacetValue>> cooccurring = new LinkedHashMap<>();
    List<SearchResult.FacetValue> sites = List.of();
    for (SearchResult.Facet f : result.facets()) {
      if (f.field().equals(SearchFields.SITE)) {
        sites = f.values();
      } else {
        cooccurring.put(f.field(), others(f, field, name));
      }
    }
    List<AnalyzedDocument> docs = result.hits().stream().map(SearchResult.Hit::document).toList();
    return Optional.of(
        new EntityProfile(
            field,
            canonicalName(docs, name),
            result.total(),
            AutoHistogram.of(searcher, request),
            cooccurring,
            sites,
            roles(docs, name),
            quotesBy(name),
            quotesAbout(docs, name),
            docs.subList(0, Math.min(DOCUMENTS, docs.size()))));
  }

  /** A facet's values but the entity itself. */
  private static List<SearchResult.FacetValue> others(
      SearchResult.Facet f, String field, String name) {
    return f.values().stream()
        .filter(v -> !(f.field().equals(field) && v.value().equalsIgnoreCase(name)))
        .limit(COOCCURRING)
        .toList();
  }

  /** The name as the texts write it (the asked name may differ in case). */
  static String canonicalName(List<AnalyzedDocument> docs, String name) {
    for (AnalyzedDocument d : docs) {
      for (Entity e : d.entities()) {
        if (e.canonical() != null && e.canonical().equalsIgnoreCase(name)) {
          return e.canonical();
        }
      }
    }
    return name;
  }

  /** Each role given to the entity, with the number of documents that give it. */
  static Map<String, Long> roles(List<AnalyzedDocument> docs, String name) {
    Map<String, Long> roles = new LinkedHashMap<>();
    for (AnalyzedDocument d : docs) {
      d.entities().stream()
          .filter(e -> e.role() != null && name.equalsIgnoreCase(e.canonical()))
          .map(Entity::role)
          .distinct()
          .forEach(r -> roles.merge(r, 1L, Long::sum));
    }
    return roles;
  }

  private List<Said> quotesBy(String name) {
    SearchRequest bySpeaker =
        new SearchRequest(
            new Query.Phrase(SearchFields.SPEAKER, name),
            Map.of(),
            Sort.NEWEST,
            0,
            READ,
            List.of(),
            false);
    List<Said> said = new ArrayList<>();
    for (SearchResult.Hit hit : searcher.search(bySpeaker).hits()) {
      for (Quote q : hit.document().quotes()) {
        if (name.equalsIgnoreCase(q.speaker()) && said.size() < LISTED) {
          said.add(new Said(q, hit.document()));
        }
      }
    }
    return said;
  }

  /** Quotes by others whose text names the entity. */
  static List<Said> quotesAbout(List<AnalyzedDocument> docs, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<Said> said = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      for (Quote q : d.quotes()) {
        if (!name.equalsIgnoreCase(q.speaker())
            && q.text().toLowerCase(Locale.ROOT).contains(lower)
            && said.size() < LISTED) {
          said.add(new Said(q, d));
        }
      }
    }
    return said;
  }
}
