package org.vigie.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.Quote;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;

class LuceneIndexTest {
  @TempDir Path folder;
  LuceneIndex index;
  ArchiveWriter writer;

  static AnalyzedDocument doc(
      String title, String text, String published, String language, String site) {
    return AnalyzedDocument.builder()
        .id(ContentId.ofText(text))
        .title(title)
        .text(text)
        .published(published)
        .language(language)
        .site(site)
        .sourceId("test")
        .contentType("text/plain")
        .build();
  }

  static AnalyzedDocument withEntities(AnalyzedDocument d, Entity... entities) {
    return d.toBuilder().entities(List.of(entities)).build();
  }

  static AnalyzedDocument withQuotes(AnalyzedDocument d, Quote... quotes) {
    return d.toBuilder().quotes(List.of(quotes)).build();
  }

  static final AnalyzedDocument BLOGGERS =
      withQuotes(
          withEntities(
              doc(
                  "La MINUSMA rencontre les blogueurs",
                  "Les 6 et 7 décembre derniers, la base de la MINUSMA à Bamako a abrité une rencontre entre"
                      + " blogueurs et influenceurs maliens. L’Accord pour la paix était au centre.",
                  "2019-12-09",
                  "fra",
                  "minusma.unmissions.org"),
              new Entity("MINUSMA", EntityType.ORG, "MINUSMA", 0, 0),
              new Entity("Bamako", EntityType.LOC, "Bamako", 0, 0),
              new Entity("Mme Poeschl", EntityType.PER, "Isabella Poeschl", 0, 0),
              new Entity("Isabella Poeschl", EntityType.PER, "Isabella Poeschl", 0, 0)),
          new Quote(
              "Vous êtes des acteurs de la paix",
              "Myriam Dessables",
              null,
              "a déclaré",
              true,
              0,
              0),
          new Quote("La paix est l’affaire de tous", "Myriam Dessables", null, null, true, 0, 0),
          new Quote(
              "Je vous exhorte à suivre la MINUSMA",
              "Joanne Adamson",
              null,
              "a-t-elle déclaré",
              true,
              0,
              0),
          new Quote("il s’agit d’un premier pas", null, "le directeur", "pour", false, 0, 0));
  static final AnalyzedDocument ELECTIONS =
      withEntities(
          doc(
              "Élections législatives : une session sur les réseaux sociaux",
              "Renforcer les capacités des partis politiques pour des élections apaisées au Mali. Le"
                  + " Sénégal observe.",
              "2020-03-10",
              "fra",
              "lessor.ml"),
          new Entity("Mali", EntityType.LOC, "Mali", 0, 0),
          new Entity("Sénégal", EntityType.LOC, "Sénégal", 0, 0));
  static final AnalyzedDocument ENGLISH =
      doc(
          "Social media day",
          "The United Nations organised a social media day in New York.",
          "2015-01-30",
          "eng",
          "un.org");
  static final AnalyzedDocument UNDATED =
      doc(null, "Un texte sans date sur la paix au Sahel.", null, "fra", null);

  @BeforeEach
  void open() {
    index = LuceneIndex.open(folder);
    writer = ArchiveWriter.standard(index);
    for (AnalyzedDocument d : List.of(BLOGGERS, ELECTIONS, ENGLISH, UNDATED)) {
      assertThat(writer.addIfAbsent(d)).isTrue();
    }
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private SearchResult search(String q) {
    return index.search(SearchRequest.of(q));
  }

  private List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.document().id()).toList();
  }

  @Test
  void findsWordsThroughStemmingElisionAndAccents() {
    assertThat(ids(search("MINUSMA blogueur"))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("accord"))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("senegal"))).containsExactly(ELECTIONS.id());
    assertThat(ids(search("élection"))).containsExactly(ELECTIONS.id());
  }

  @Test
  void booleanPhraseFieldAndPrefixQueries() {
    assertThat(ids(search("paix OR Sénégal")))
        .containsExactlyInAnyOrder(BLOGGERS.id(), ELECTIONS.id(), UNDATED.id());
    assertThat(ids(search("paix NOT Sahel"))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("\"blogueurs et influenceurs\""))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("\"influenceurs et blogueurs\""))).isEmpty();
    assertThat(ids(search("title:élections"))).containsExactly(ELECTIONS.id());
    assertThat(ids(search("title:Bamako"))).isEmpty();
    assertThat(ids(search("language:eng"))).containsExactly(ENGLISH.id());
    assertThat(ids(search("influen*"))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("(paix OR media) -Sahel")))
        .containsExactlyInAnyOrder(BLOGGERS.id(), ENGLISH.id());
  }

  @Test
  void dateRangesAndYears() {
    assertThat(ids(search("published:2015"))).containsExactly(ENGLISH.id());
    assertThat(ids(search("published:[2019-01-01 TO 2020-12-31]")))
        .containsExactlyInAnyOrder(BLOGGERS.id(), ELECTIONS.id());
    assertThat(ids(search("year:2020"))).containsExactly(ELECTIONS.id());
    assertThat(ids(search("month:2019-12"))).containsExactly(BLOGGERS.id());
  }

  @Test
  void facetsCountTheMatchingDocuments() {
    SearchResult all = search("");
    assertThat(all.total()).isEqualTo(4);
    SearchResult.Facet language =
        all.facets().stream().filter(f -> f.field().equals("language")).findFirst().orElseThrow();
    assertThat(language.values())
        .containsExactly(
            new SearchResult.FacetValue("fra", 3), new SearchResult.FacetValue("eng", 1));
    SearchResult.Facet year =
        all.facets().stream().filter(f -> f.field().equals("year")).findFirst().orElseThrow();
    assertThat(year.values())
        .containsExactly(
            new SearchResult.FacetValue("2015", 1),
            new SearchResult.FacetValue("2019", 1),
            new SearchResult.FacetValue("2020", 1),
            new SearchResult.FacetValue(SearchFields.UNDATED, 1));
  }

  @Test
  void speakersAreSearchableAndCountedOncePerDocument() {
    assertThat(ids(search("speaker:\"Joanne Adamson\""))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("orateur:\"myriam dessables\""))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("locuteur:\"Myriam Dessables\" AND person:\"Isabella Poeschl\"")))
        .containsExactly(BLOGGERS.id());
    assertThat(ids(search("speaker:\"Isabella Poeschl\""))).isEmpty();
    SearchResult.Facet speaker =
        search("").facets().stream()
            .filter(f -> f.field().equals("speaker"))
            .findFirst()
            .orElseThrow();
    assertThat(speaker.values())
        .containsExactly(
            new SearchResult.FacetValue("Joanne Adamson", 1),
            new SearchResult.FacetValue("Myriam Dessables", 1));
  }

  @Test
  void entitiesAreSearchableAndCountedUnderTheirCanonicalNames() {
    assertThat(ids(search("person:\"Isabella Poeschl\""))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("personne:\"isabella poeschl\""))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("organization:MINUSMA"))).containsExactly(BLOGGERS.id());
    assertThat(ids(search("place:Mali OR place:Bamako")))
        .containsExactlyInAnyOrder(BLOGGERS.id(), ELECTIONS.id());
    SearchResult all = search("");
    assertThat(all.facets().stream().map(SearchResult.Facet::field).toList())
        .startsWith("topic", "language", "person", "organization", "place", "speaker");
    SearchResult.Facet person =
        all.facets().stream().filter(f -> f.field().equals("person")).findFirst().orElseThrow();
    assertThat(person.values()).containsExactly(new SearchResult.FacetValue("Isabella Poeschl", 1));
    SearchResult.Facet place =
        all.facets().stream().filter(f -> f.field().equals("place")).findFirst().orElseThrow();
    assertThat(place.values())
        .extracting(SearchResult.FacetValue::value)
        .containsExactly("Bamako", "Mali", "Sénégal");
    SearchRequest filtered =
        SearchRequest.matching(QueryParser.parse(""))
            .withFilters(Map.of(SearchFields.PLACE, Set.of("Sénégal")))
            .withFacets(SearchFields.DEFAULT_FACETS);
    assertThat(ids(index.search(filtered))).containsExactly(ELECTIONS.id());
  }

  @Test
  void filtersNarrowResultsAndFacets() {
    SearchRequest request =
        SearchRequest.matching(QueryParser.parse(""))
            .withFilters(
                Map.of(
                    SearchFields.LANGUAGE,
                    Set.of("fra"),
                    SearchFields.YEAR,
                    Set.of("2019", "2020")))
            .withFacets(SearchFields.DEFAULT_FACETS);
    SearchResult r = index.search(request);
    assertThat(r.total()).isEqualTo(2);
    assertThat(ids(r)).containsExactlyInAnyOrder(BLOGGERS.id(), ELECTIONS.id());
  }

  @Test
  void sortsByDateWithUndatedLast() {
    SearchRequest newest = SearchRequest.matching(QueryParser.parse("")).sortedBy(Sort.NEWEST);
    assertThat(ids(index.search(newest)))
        .containsExactly(ELECTIONS.id(), BLOGGERS.id(), ENGLISH.id(), UNDATED.id());
    SearchRequest oldest = SearchRequest.matching(QueryParser.parse("")).sortedBy(Sort.OLDEST);
    assertThat(ids(index.search(oldest)))
        .containsExactly(ENGLISH.id(), BLOGGERS.id(), ELECTIONS.id(), UNDATED.id());
  }

  @Test
  void pagesThroughResults() {
    SearchRequest page2 =
        SearchRequest.matching(QueryParser.parse("")).sortedBy(Sort.NEWEST).page(2, 2);
    SearchResult r = index.search(page2);
    assertThat(r.total()).isEqualTo(4);
    assertThat(ids(r)).containsExactly(ENGLISH.id(), UNDATED.id());
  }

  @Test
  void snippetsMarkTheMatchedWords() {
    SearchResult r = search("blogueurs");
    SearchResult.Snippet snippet = r.hits().getFirst().snippets().getFirst();
    assertThat(snippet.parts())
        .filteredOn(SearchResult.Part::highlighted)
        .extracting(SearchResult.Part::text)
        .containsExactly("blogueurs");
    assertThat(snippet.text()).contains("rencontre entre blogueurs et influenceurs");
  }

  @Test
  void longPassagesAreCutBetweenWords() {
    String sentence =
        "Dans la région de Tombouctou, les radios communautaires diffusent chaque semaine des"
            + " émissions consacrées à la médiation des conflits locaux entre éleveurs et"
            + " agriculteurs, avec des invités venus de Goundam, de Diré et de Niafunké, puis une"
            + " longue série d'entretiens avec les chefs de village qui racontent leurs efforts de"
            + " réconciliation depuis la crise multidimensionnelle de 2012 qui a ébranlé le pays.";
    AnalyzedDocument longOne = doc("Radios", sentence, null, "fra", null);
    writer.addIfAbsent(longOne);
    index.commit();
    SearchResult.Snippet snippet = search("réconciliation").hits().getFirst().snippets().getFirst();
    String text = snippet.text().replace("… ", "").replace(" …", "");
    assertThat(sentence).contains(text);
    assertThat(text.length()).isLessThanOrEqualTo(280);
    int at = sentence.indexOf(text);
    assertThat(at == 0 || sentence.charAt(at - 1) == ' ').as("starts a word: %s", text).isTrue();
    int end = at + text.length();
    assertThat(end == sentence.length() || sentence.charAt(end) == ' ')
        .as("ends a word: %s", text)
        .isTrue();
  }

  @Test
  void addingTheSameContentTwiceKeepsOne() {
    assertThat(writer.addIfAbsent(BLOGGERS)).isFalse();
    index.commit();
    assertThat(index.count()).isEqualTo(4);
  }

  @Test
  void documentsSurviveReopeningWithTheirText() {
    index.close();
    index = LuceneIndex.open(folder);
    writer = ArchiveWriter.standard(index);
    assertThat(index.count()).isEqualTo(4);
    // A dated article is stored in a story: the one it opened, named after it.
    assertThat(index.get(BLOGGERS.id()))
        .contains(BLOGGERS.toBuilder().storyId(BLOGGERS.id()).build());
    assertThat(index.story(BLOGGERS.id())).isPresent();
    assertThat(index.contains(ELECTIONS.id())).isTrue();
    assertThat(index.get("nope")).isEmpty();
  }

  @Test
  void deleteRemoves() {
    assertThat(index.delete(UNDATED.id())).isTrue();
    index.commit();
    assertThat(index.count()).isEqualTo(3);
    assertThat(index.delete(UNDATED.id())).isFalse();
  }

  @Test
  void aSearchPastItsTimeBudgetIsStoppedAndRefused(@TempDir Path other) {
    try (LuceneIndex slow = LuceneIndex.open(other, java.time.Duration.ZERO)) {
      ArchiveWriter w = ArchiveWriter.standard(slow);
      for (AnalyzedDocument d : List.of(BLOGGERS, ELECTIONS, ENGLISH, UNDATED)) {
        w.addIfAbsent(d);
      }
      slow.commit();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> slow.search(SearchRequest.of("paix OU élections")))
          .isInstanceOf(org.vigie.search.QuerySyntaxException.class)
          .hasMessage("the search took longer than 1 s and was stopped: make the query narrower");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> slow.histogram(SearchRequest.of("paix"), org.vigie.search.Interval.MONTH))
          .isInstanceOf(org.vigie.search.QuerySyntaxException.class);
    }
    assertThat(index.search(SearchRequest.of("paix OU élections")).total())
        .as("within the default budget")
        .isPositive();
  }
}
