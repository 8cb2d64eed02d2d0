package org.vigie.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.Quote;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.SearchResult.FacetValue;
import org.vigie.search.Searcher;

class EntityProfilesTest {
  private static final AnalyzedDocument SPEECH =
      AnalyzedDocument.builder()
          .id("a1")
          .text("Le ministre Ousmane Diallo a déclaré : « Les routes seront finies. »")
          .entities(
              List.of(
                  new Entity(
                      "Ousmane Diallo", EntityType.PER, "Ousmane Diallo", 12, 26, "ministre")))
          .quotes(
              List.of(
                  new Quote(
                      "Les routes seront finies.",
                      "Ousmane Diallo",
                      null,
                      "a déclaré",
                      true,
                      40,
                      66)))
          .build();
  private static final AnalyzedDocument CRITIC =
      AnalyzedDocument.builder()
          .id("b2")
          .text("Awa Traoré : « ousmane diallo promet trop. »")
          .entities(
              List.of(
                  new Entity(
                      "Ousmane Diallo", EntityType.PER, "Ousmane Diallo", 15, 29, "ministre")))
          .quotes(
              List.of(
                  new Quote("ousmane diallo promet trop.", "Awa Traoré", null, ":", true, 14, 43)))
          .build();

  /** Answers the entity search with both documents and the speaker search with the first. */
  private final List<SearchRequest> asked = new ArrayList<>();

  private final Searcher searcher =
      new Searcher() {
        @Override
        public SearchResult search(SearchRequest request) {
          asked.add(request);
          Query.Phrase q = (Query.Phrase) request.query();
          if (q.field().equals(SearchFields.SPEAKER)) {
            return result(List.of(SPEECH), List.of());
          }
          if (!q.text().equalsIgnoreCase("ousmane diallo")) {
            return new SearchResult(0, List.of(), List.of(), 1);
          }
          return result(
              List.of(SPEECH, CRITIC),
              List.of(
                  new SearchResult.Facet(
                      SearchFields.PERSON,
                      List.of(
                          new FacetValue("Ousmane Diallo", 2), new FacetValue("Awa Traoré", 1))),
                  new SearchResult.Facet(
                      SearchFields.SITE, List.of(new FacetValue("lefaso.net", 2)))));
        }

        @Override
        public Histogram histogram(SearchRequest request, Interval interval) {
          return new Histogram(
              interval, List.of(new Histogram.Bucket(LocalDate.of(2026, 1, 1), 2)));
        }
      };

  private static SearchResult result(List<AnalyzedDocument> docs, List<SearchResult.Facet> facets) {
    return new SearchResult(
        docs.size(),
        docs.stream().map(d -> new SearchResult.Hit(d, 1f, List.of())).toList(),
        facets,
        1);
  }

  @Test
  void aProfileGathersCountsRolesQuotesAndWhoIsNamedWithIt() {
    EntityProfile p =
        new EntityProfiles(searcher).of(SearchFields.PERSON, "ousmane diallo").orElseThrow();

    assertThat(p.name()).isEqualTo("Ousmane Diallo");
    assertThat(p.total()).isEqualTo(2);
    assertThat(p.cooccurring().get(SearchFields.PERSON))
        .containsExactly(new FacetValue("Awa Traoré", 1));
    assertThat(p.sites()).containsExactly(new FacetValue("lefaso.net", 2));
    assertThat(p.roles()).containsExactly(java.util.Map.entry("ministre", 2L));
    assertThat(p.quotesBy()).extracting(s -> s.document().id()).containsExactly("a1");
    assertThat(p.quotesAbout()).extracting(s -> s.quote().speaker()).containsExactly("Awa Traoré");
    assertThat(p.documents()).extracting(AnalyzedDocument::id).containsExactly("a1", "b2");
    assertThat(p.mentions().interval()).isEqualTo(Interval.DAY);
    assertThat(asked.getFirst().facets())
        .containsExactly(
            SearchFields.PERSON, SearchFields.ORGANIZATION, SearchFields.PLACE, SearchFields.SITE);
  }

  @Test
  void anEntityNoDocumentNamesHasNoProfile() {
    assertThat(new EntityProfiles(searcher).of(SearchFields.PERSON, "Personne")).isEmpty();
  }
}
