package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Relation;
import org.vigie.link.ArchiveWriter;
import org.vigie.link.topics.TopicMonitor;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.QueryLimits;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.lucene.LuceneIndex;

/**
 * What every {@link DocumentStore} backend must do, run on real documents ({@link
 * ContractDocuments}): the embedded index ({@code LuceneIndexContractTest}) and the OpenSearch
 * backend ({@code OpenSearchStoreContractIT}) pass the same assertions, so they give the same
 * results. Each test gets a new, empty store with the six contract documents added and committed.
 */
public abstract class DocumentStoreContract {
  protected DocumentStore store;
  protected ArchiveWriter writer;
  protected List<AddOutcome> outcomes;

  /** A new, empty store. */
  protected abstract DocumentStore newStore();

  /** Closes (and, for a shared backend, removes) a store made by {@link #newStore()}. */
  protected abstract void dispose(DocumentStore store);

  /** The topics every contract store is written with: matched by the link step, not the store. */
  static final Map<String, String> TOPICS =
      Map.of(
          "blogueurs", "blogueurs OR influenceurs",
          "elections", "élections OR scrutin",
          "paix", "\"maintien de la paix\" OR Casques");

  @BeforeEach
  void fill() {
    store = newStore();
    writer = ArchiveWriter.standard(store, topics());
    outcomes = new ArrayList<>();
    for (AnalyzedDocument d : ContractDocuments.all()) {
      outcomes.add(writer.add(d));
    }
    store.commit();
  }

  static TopicMonitor topics() {
    TopicMonitor monitor = new TopicMonitor();
    TOPICS.forEach((id, query) -> monitor.register(id, QueryParser.parse(query)));
    return monitor;
  }

  /**
   * What the link step decided for each stored document: its original, its story, its topics. The
   * same on every backend.
   */
  static List<String> links(DocumentStore s) {
    List<String> links = new ArrayList<>();
    s.forEachMatch(
        request("*:*").withCopies(true),
        d ->
            links.add(
                d.id()
                    + " copies="
                    + d.duplicateOf()
                    + " story="
                    + d.storyId()
                    + " topics="
                    + d.topics()));
    return links.stream().sorted().toList();
  }

  @Test
  void expensiveQueriesAreBoundedAlikeOnEveryBackend() {
    List<String> prefixes = new ArrayList<>();
    for (char a = 'a'; a <= 'z' && prefixes.size() < QueryLimits.MAX_PREFIXES; a++) {
      for (char b = 'a'; b <= 'z' && prefixes.size() < QueryLimits.MAX_PREFIXES; b++) {
        prefixes.add("" + a + b + '*');
      }
    }
    Set<String> oneByOne = new HashSet<>();
    for (String p : prefixes) {
      store.search(request(p)).hits().forEach(h -> oneByOne.add(h.document().id()));
    }
    assertThat(store.search(request(String.join(" OR ", prefixes))).total())
        .as("the most truncated words a query may hold are all searched")
        .isEqualTo(oneByOne.size())
        .isPositive();
    String oneMore = String.join(" OR ", prefixes) + " OR zz*";
    assertThatThrownBy(() -> store.search(request(oneMore)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("at most " + QueryLimits.MAX_PREFIXES + " are searched");
    String tooMany = "mot " + "OR autre ".repeat(QueryParser.MAX_TERMS);
    assertThatThrownBy(() -> store.search(request(tooMany)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("at most " + QueryParser.MAX_TERMS);
  }

  @Test
  void queriesNoBackendCanAnswerCheaplyAreRefusedBeforeTheyReachIt() {
    Map<String, String> refused =
        Map.of(
            "*ment", "cannot start with a wildcard",
            "élect?on", "only at the end of a word",
            "/ma.i/", "regular expressions are not searched",
            "Mali~ Niger~1 Bamako~2", "fuzzy search is not offered",
            "a*", "at least 2 letters");
    refused.forEach(
        (query, reason) ->
            assertThatThrownBy(() -> store.search(request(query)))
                .as(query)
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining(reason));
    assertThatThrownBy(() -> store.search(request("paix").page(SearchRequest.MAX_WINDOW + 1, 10)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("paged up to the " + SearchRequest.MAX_WINDOW);
    assertThat(store.search(request("paix").page(SearchRequest.MAX_WINDOW, 10)).hits())
        .as("the last page allowed is answered")
        .isEmpty();
  }

  @Test
  void topicsAreMatchedByTheLinkStepAsASearchFindsThem() {
    for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
      List<String> tagged = ids(request("*:*").withFilter(SearchFields.TOPIC, topic.getKey()));
      assertThat(tagged).as(topic.getKey()).isNotEmpty();
      assertThat(tagged).as(topic.getKey()).isEqualTo(ids(request(topic.getValue())));
    }
    AnalyzedDocument copy = store.get(ContractDocuments.copy().id()).orElseThrow();
    assertThat(copy.topics())
        .isEqualTo(store.get(id(0)).orElseThrow().topics())
        .contains("blogueurs");
    SearchResult facets = store.search(request("*:*").withFacets(List.of(SearchFields.TOPIC)));
    assertThat(facets.facets().getFirst().values())
        .extracting(SearchResult.FacetValue::value)
        .containsExactlyInAnyOrderElementsOf(TOPICS.keySet());
  }

  @Test
  void linksAreTheSameAsTheEmbeddedStoresLinks(@TempDir Path folder) {
    try (LuceneIndex embedded = LuceneIndex.open(folder)) {
      ArchiveWriter reference = ArchiveWriter.standard(embedded, topics());
      ContractDocuments.all().forEach(reference::add);
      embedded.commit();
      List<String> expected = links(embedded);
      assertThat(expected).hasSize(6).anyMatch(l -> !l.contains("copies=null"));
      assertThat(links(store)).isEqualTo(expected);
      assertThat(store.stories(10)).isEqualTo(embedded.stories(10));
    }
  }

  @AfterEach
  void empty() {
    dispose(store);
  }

  static AnalyzedDocument seed(int i) {
    return ContractDocuments.seeds().get(i);
  }

  static String id(int i) {
    return seed(i).id();
  }

  static SearchRequest request(String query) {
    return SearchRequest.matching(query.equals("*:*") ? new Query.All() : QueryParser.parse(query))
        .sortedBy(Sort.NEWEST)
        .page(0, 20)
        .withFacets(SearchFields.DEFAULT_FACETS);
  }

  List<String> ids(String query) {
    return ids(request(query));
  }

  List<String> ids(SearchRequest request) {
    return store.search(request).hits().stream().map(h -> h.document().id()).toList();
  }

  @Test
  void indexesEveryDocumentAndLinksTheCopy() {
    assertThat(outcomes)
        .containsExactly(
            AddOutcome.ADDED,
            AddOutcome.ADDED,
            AddOutcome.ADDED,
            AddOutcome.ADDED,
            AddOutcome.ADDED,
            AddOutcome.COPY);
    assertThat(store.count()).isEqualTo(6);
    AnalyzedDocument stored = store.get(id(1)).orElseThrow();
    assertThat(stored.text()).isEqualTo(seed(1).text());
    assertThat(stored.title()).isEqualTo(seed(1).title());
    assertThat(stored.entities()).isEqualTo(seed(1).entities());
    assertThat(store.contains(id(2))).isTrue();
    assertThat(store.contains("no-such-id")).isFalse();
    assertThat(store.get("no-such-id")).isEmpty();
  }

  @Test
  void reindexingIsIdempotent() {
    for (AnalyzedDocument d : ContractDocuments.all()) {
      assertThat(writer.add(d)).as(d.id()).isEqualTo(AddOutcome.DUPLICATE);
    }
    store.commit();
    assertThat(store.count()).isEqualTo(6);
    assertThat(store.search(request("*:*")).total()).isEqualTo(5);
  }

  @Test
  void nearDuplicateIsLinkedToItsOriginalAndHiddenByDefault() {
    AnalyzedDocument copy = store.get(ContractDocuments.copy().id()).orElseThrow();
    assertThat(copy.duplicateOf()).isEqualTo(id(0));
    assertThat(copy.storyId()).isNull();
    SearchResult result = store.search(request("MINUSMA blogueurs"));
    assertThat(result.hits()).extracting(h -> h.document().id()).containsExactly(id(0));
    assertThat(result.hits().getFirst().copies()).isEqualTo(1);
    assertThat(ids(request("MINUSMA blogueurs").withCopies(true)))
        .containsExactly(copy.id(), id(0));
    assertThat(ids(request("copie_de:" + id(0)).withCopies(true))).containsExactly(copy.id());
  }

  @Test
  void wordsAreMatchedTheFrenchWay() {
    assertThat(ids("blogueur")).contains(id(0), id(3)).isEqualTo(ids("BLOGUEURS"));
    assertThat(ids("numerique")).isNotEmpty().isEqualTo(ids("numérique"));
    assertThat(ids("l'ONU")).isEqualTo(ids("onu"));
    assertThat(ids("le la les")).hasSize(5);
  }

  @Test
  void phrases() {
    assertThat(ids("\"maintien de la paix\"")).contains(id(0)).doesNotContain(id(1), id(3));
    assertThat(ids("\"paix de la maintien\"")).isEmpty();
  }

  /**
   * Issue #20: a quoted phrase matches its words as written, stop words included, and is not
   * stemmed; a word alone is matched with its number and gender only, so {@code déplacés} does not
   * find {@code déplacement}.
   */
  @Test
  void phrasesMatchTheWordsAsWrittenAndWordsTheirInflections() {
    AnalyzedDocument missing = note("c0de01", "La famille est sans nouvelles de lui depuis mai.");
    AnalyzedDocument news = note("c0de02", "Les nouvelles du club sont bonnes : il est déplacé.");
    AnalyzedDocument trip = note("c0de03", "Le déplacement du ministre à Kayes.");
    AnalyzedDocument hostages = note("c0de04", "Deux otages libérés.");
    for (AnalyzedDocument d : List.of(missing, news, trip, hostages)) {
      assertThat(writer.add(d)).isEqualTo(AddOutcome.ADDED);
    }
    store.commit();
    assertThat(ids("«sans nouvelles de»")).containsExactly(missing.id());
    assertThat(ids("\"nouvelles de\"")).contains(missing.id()).doesNotContain(news.id());
    assertThat(ids("nouvelle")).contains(missing.id(), news.id()).doesNotContain(trip.id());
    assertThat(ids("déplacés")).contains(news.id()).doesNotContain(trip.id());
    assertThat(ids("déplacement")).contains(trip.id()).doesNotContain(news.id());
    assertThat(ids("otage")).containsExactly(hostages.id());
    assertThat(ids("\"otage\"")).isEmpty();
    assertThat(ids("\"otages\"")).containsExactly(hostages.id());
    assertThat(ids("«otages liberes»")).containsExactly(hostages.id());
  }

  /** Issue #20: PRES/N finds words near each other, where ET finds them pages apart too. */
  @Test
  void proximityOfWordsPhrasesAndGroups() {
    AnalyzedDocument near =
        note("c0de11", "Le journaliste, connu pour ses enquêtes, a été arrêté hier à Gao.");
    String filler = " La saison des pluies a commencé et les marchés sont animés.".repeat(4);
    AnalyzedDocument far =
        note(
            "c0de12",
            "Le journaliste présente le journal du soir." + filler + " Un voleur arrêté.");
    for (AnalyzedDocument d : List.of(near, far)) {
      assertThat(writer.add(d)).isEqualTo(AddOutcome.ADDED);
    }
    store.commit();
    assertThat(ids("journaliste ET arrêté")).contains(near.id(), far.id());
    assertThat(ids("journaliste PRES/8 arrêté")).contains(near.id()).doesNotContain(far.id());
    assertThat(ids("journaliste PRES/3 arrêté")).doesNotContain(near.id());
    assertThat(ids("arrêté PRES/8 journalistes")).contains(near.id());
    assertThat(ids("(reporter OU journaliste) PRES/8 (détenu OU arrêtée)")).contains(near.id());
    assertThat(ids("«a été arrêté» PRES/8 journaliste")).contains(near.id());
    assertThat(ids("«journalistes» PRES/8 arrêté")).doesNotContain(near.id());
    assertThat(ids("journaliste PRES/8 arrêté PRES/8 Gao")).contains(near.id());
    assertThat(ids("journaliste PRES/8 le")).contains(near.id(), far.id());
    assertThat(ids("journal* PRES/2 soir")).contains(far.id()).doesNotContain(near.id());
  }

  private static AnalyzedDocument note(String id, String text) {
    return AnalyzedDocument.builder()
        .id("7e1e6a00000000000000000000" + id)
        .type(AnalyzedDocument.ARTICLE)
        .language("fra")
        .sourceId(ContractDocuments.SOURCE)
        .fetchedAt(ContractDocuments.FETCHED)
        .text(text)
        .build();
  }

  @Test
  void proximity() {
    // seed 000: "une rencontre entre blogueurs", one word between the two
    assertThat(ids("\"rencontre blogueurs\"")).isEmpty();
    assertThat(ids("\"rencontre blogueurs\"~1")).containsExactly(id(0));
    assertThat(ids("« rencontre blogueurs »~5")).containsExactly(id(0));
    // out of order: two moves to swap them, one for the word between
    assertThat(ids("\"blogueurs rencontre\"~2")).isEmpty();
    assertThat(ids("\"blogueurs rencontre\"~3")).containsExactly(id(0));
  }

  @Test
  void booleanOperators() {
    assertThat(ids("Amnesty OU Tombouctou")).containsExactlyInAnyOrder(id(3), id(4));
    assertThat(ids("Amnesty ET Tombouctou")).isEmpty();
    assertThat(ids("(Amnesty OU Tombouctou) SAUF Goundam")).containsExactly(id(3));
    assertThat(ids("paix SAUF MINUSMA")).doesNotContain(id(0)).isNotEmpty();
    assertThat(ids("paix -MINUSMA")).isEqualTo(ids("paix SAUF MINUSMA"));
  }

  @Test
  void fieldsAndPrefixes() {
    assertThat(ids("site:lefaso.net")).containsExactly(id(3));
    assertThat(ids(request("site:maliweb.net").withCopies(true)))
        .containsExactly(ContractDocuments.copy().id());
    assertThat(ids("titre:blogueurs")).containsExactly(id(0));
    assertThat(ids("source:" + ContractDocuments.SOURCE)).hasSize(5);
    assertThat(ids("blogu*")).containsExactly(id(3), id(0));
    assertThat(ids("titre:diplom*")).containsExactly(id(2));
  }

  @Test
  void dateRanges() {
    assertThat(ids("published:[2020-01-01 TO 2020-02-10]")).containsExactly(id(2), id(1));
    assertThat(ids("published:2019")).containsExactly(id(0));
    assertThat(ids("date:2020-02")).containsExactly(id(3), id(2));
  }

  @Test
  void facetsCountTheMatches() {
    SearchResult result = store.search(request("*:*"));
    assertThat(result.total()).isEqualTo(5);
    assertThat(result.facets())
        .extracting(SearchResult.Facet::field)
        .containsExactlyElementsOf(SearchFields.DEFAULT_FACETS);
    assertThat(facet(result, SearchFields.YEAR))
        .containsExactly(
            new SearchResult.FacetValue("2020", 3),
            new SearchResult.FacetValue("2019", 1),
            new SearchResult.FacetValue(SearchFields.UNDATED, 1));
    assertThat(facet(result, SearchFields.SITE)).hasSize(5);
    SearchResult filtered =
        store.search(
            SearchRequest.all()
                .withFilters(Map.of(SearchFields.YEAR, Set.of("2020")))
                .sortedBy(Sort.NEWEST)
                .withFacets(SearchFields.DEFAULT_FACETS));
    assertThat(filtered.total()).isEqualTo(3);
    assertThat(facet(filtered, SearchFields.MONTH))
        .containsExactly(
            new SearchResult.FacetValue("2020-02", 2), new SearchResult.FacetValue("2020-01", 1));
  }

  static List<SearchResult.FacetValue> facet(SearchResult result, String field) {
    return result.facets().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .orElseThrow()
        .values();
  }

  @Test
  void dateHistograms() {
    Histogram months = store.histogram(request("*:*"), Interval.MONTH);
    assertThat(months.buckets())
        .containsExactly(
            new Histogram.Bucket(LocalDate.parse("2019-12-01"), 1),
            new Histogram.Bucket(LocalDate.parse("2020-01-01"), 1),
            new Histogram.Bucket(LocalDate.parse("2020-02-01"), 2));
    assertThat(months.undated()).as("seed 001 has no date: not on its collection day").isEqualTo(1);
    Histogram weeks = store.histogram(request("published:2020-02"), Interval.WEEK);
    assertThat(weeks.buckets())
        .first()
        .isEqualTo(new Histogram.Bucket(LocalDate.parse("2020-02-03"), 1));
    assertThat(weeks.buckets())
        .last()
        .isEqualTo(new Histogram.Bucket(LocalDate.parse("2020-02-17"), 1));
    assertThat(weeks.buckets()).hasSize(3);
    assertThat(store.histogram(request("Amnesty ET Tombouctou"), Interval.DAY).buckets()).isEmpty();
    Histogram withCopies = store.histogram(request("MINUSMA").withCopies(true), Interval.YEAR);
    assertThat(withCopies.buckets())
        .containsExactly(new Histogram.Bucket(LocalDate.parse("2019-01-01"), 2));
  }

  @Test
  void undatedDocumentsAreCountedApartNeverOnTheirCollectionDay() {
    AnalyzedDocument undated =
        note("0da7e0", "Un communiqué sans date sur les blogueurs de Tombouctou et la MINUSMA.");
    assertThat(writer.add(undated)).isEqualTo(AddOutcome.ADDED);
    store.commit();
    Histogram all = store.histogram(request("*:*"), Interval.MONTH);
    assertThat(all.undated()).isEqualTo(2);
    assertThat(all.dated()).isEqualTo(4);
    assertThat(all.buckets())
        .last()
        .isEqualTo(new Histogram.Bucket(LocalDate.parse("2020-02-01"), 2));
    assertThat(store.histogram(request("«communiqué sans date»"), Interval.DAY))
        .isEqualTo(new Histogram(Interval.DAY, List.of(), 1));
    assertThat(ids("année:sans-date")).contains(undated.id()).hasSize(2);
    assertThat(ids("«communiqué sans date» -année:sans-date")).isEmpty();
    SearchResult years = store.search(SearchRequest.all().withFacets(List.of(SearchFields.YEAR)));
    assertThat(facet(years, SearchFields.YEAR))
        .contains(new SearchResult.FacetValue(SearchFields.UNDATED, 2));
  }

  @Test
  void highlightsMarkTheMatchedWords() {
    SearchRequest r = SearchRequest.matching(QueryParser.parse("blogueurs")).highlighted(true);
    SearchResult.Hit hit = store.search(r).hits().getFirst();
    assertThat(hit.snippets()).isNotEmpty();
    List<String> marked =
        hit.snippets().stream()
            .flatMap(s -> s.parts().stream())
            .filter(SearchResult.Part::highlighted)
            .map(p -> fold(p.text()))
            .toList();
    assertThat(marked).isNotEmpty().allMatch(w -> w.startsWith("blogueu"));
    assertThat(hit.snippets().getFirst().text())
        .contains(hit.snippets().getFirst().parts().get(0).text());
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void pagesFollowTheOrder() {
    List<String> all = ids(SearchRequest.all().sortedBy(Sort.OLDEST));
    assertThat(all).containsExactly(id(0), id(1), id(2), id(3), id(4));
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 6; offset += 2) {
      paged.addAll(ids(SearchRequest.all().sortedBy(Sort.OLDEST).page(offset, 2)));
    }
    assertThat(paged).isEqualTo(all);
    assertThat(ids(SearchRequest.all().sortedBy(Sort.NEWEST)))
        .containsExactly(id(3), id(2), id(1), id(0), id(4));
    assertThat(store.search(SearchRequest.all().sortedBy(Sort.NEWEST).page(4, 10)).total())
        .isEqualTo(5);
  }

  @Test
  void streamsEveryMatchInAStableOrder() {
    List<String> first = new ArrayList<>();
    store.forEachMatch(request("*:*"), d -> first.add(d.id()));
    assertThat(first).containsExactlyInAnyOrder(id(0), id(1), id(2), id(3), id(4));
    List<String> second = new ArrayList<>();
    store.forEachMatch(request("*:*"), d -> second.add(d.id()));
    assertThat(second).isEqualTo(first);
    List<AnalyzedDocument> withCopies = new ArrayList<>();
    store.forEachMatch(request("MINUSMA").withCopies(true), withCopies::add);
    assertThat(withCopies)
        .extracting(AnalyzedDocument::id)
        .containsExactlyInAnyOrder(id(0), ContractDocuments.copy().id());
    assertThat(withCopies)
        .filteredOn(d -> d.id().equals(id(0)))
        .first()
        .extracting(AnalyzedDocument::text)
        .isEqualTo(seed(0).text());
    List<String> newest = new ArrayList<>();
    store.forEachMatch(
        SearchRequest.all().sortedBy(Sort.NEWEST).page(0, 0), d -> newest.add(d.id()));
    assertThat(newest).containsExactly(id(3), id(2), id(1), id(0), id(4));
    List<String> oldest = new ArrayList<>();
    store.forEachMatch(
        SearchRequest.all().sortedBy(Sort.OLDEST).page(0, 0), d -> oldest.add(d.id()));
    assertThat(oldest).containsExactly(id(0), id(1), id(2), id(3), id(4));
    RuntimeException stop = new IllegalStateException("stop");
    assertThatThrownBy(
            () ->
                store.forEachMatch(
                    request("*:*"),
                    d -> {
                      throw stop;
                    }))
        .isSameAs(stop);
  }

  @Test
  void storiesGroupDatedArticles() {
    AnalyzedDocument first = store.get(id(0)).orElseThrow();
    assertThat(first.storyId()).isNotNull();
    assertThat(store.story(first.storyId())).isPresent();
    assertThat(store.story(first.storyId()).orElseThrow().first())
        .isEqualTo(LocalDate.parse("2019-12-09"));
    assertThat(store.story("no-such-story")).isEmpty();
    assertThat(store.stories(10)).allMatch(s -> s.size() >= 2);
  }

  @Test
  void deleteRemovesADocument() {
    assertThat(store.delete(id(3))).isTrue();
    store.commit();
    assertThat(store.count()).isEqualTo(5);
    assertThat(store.contains(id(3))).isFalse();
    assertThat(ids("Amnesty")).isEmpty();
    assertThat(store.delete(id(3))).isFalse();
    assertThat(writer.add(seed(3))).isEqualTo(AddOutcome.ADDED);
    store.commit();
    assertThat(ids("Amnesty")).containsExactly(id(3));
  }

  @Test
  void postsAreFoundByPlatformAccountAndRelation() {
    Account radio = new Account("telegram", "channel1001", "RadioKledu", "Radio Kledu", null);
    AnalyzedDocument post =
        AnalyzedDocument.builder()
            .id("7e1e6a0000000000000000000000c0de")
            .type(AnalyzedDocument.POST)
            .language("fra")
            .sourceId(ContractDocuments.SOURCE)
            .fetchedAt(ContractDocuments.FETCHED)
            .published("2020-03-01T08:00:00Z")
            .text("Transmis : les routes de Mopti sont rouvertes ce matin.")
            .account(new Account("telegram", "channel2002", "SahelVeille", "Sahel Veille", 5400L))
            .relations(
                List.of(
                    new Relation(Relation.Kind.FORWARD, null, radio), Relation.hashtag("Mopti")))
            .build();
    assertThat(writer.add(post)).isEqualTo(AddOutcome.ADDED);
    store.commit();
    assertThat(ids("platform:telegram")).containsExactly(post.id());
    assertThat(ids("account:sahelveille")).containsExactly(post.id());
    assertThat(ids("account:channel2002")).containsExactly(post.id());
    assertThat(ids("relation:forward")).containsExactly(post.id());
    assertThat(ids("relation:\"forward:radiokledu\"")).containsExactly(post.id());
    assertThat(ids("relation:\"hashtag:mopti\"")).containsExactly(post.id());
    assertThat(ids("relation:reply")).isEmpty();
    SearchResult counted =
        store.search(
            SearchRequest.all()
                .withFilters(Map.of(SearchFields.TYPE, Set.of(AnalyzedDocument.POST)))
                .sortedBy(Sort.NEWEST)
                .withFacets(
                    List.of(SearchFields.PLATFORM, SearchFields.ACCOUNT, SearchFields.RELATION)));
    assertThat(facet(counted, SearchFields.PLATFORM))
        .containsExactly(new SearchResult.FacetValue("telegram", 1));
    assertThat(facet(counted, SearchFields.ACCOUNT))
        .containsExactly(new SearchResult.FacetValue("SahelVeille", 1));
    assertThat(facet(counted, SearchFields.RELATION))
        .extracting(SearchResult.FacetValue::value)
        .containsExactlyInAnyOrder("forward", "hashtag");
  }
}
