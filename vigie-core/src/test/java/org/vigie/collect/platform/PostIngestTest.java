package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Engagement;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.store.lucene.LuceneIndex;

/**
 * The fixtures of every format through the standard pipeline into a Lucene index: posts keep their
 * accounts, metrics and relations, and searches filter on platform, account and relation.
 */
class PostIngestTest {
  @TempDir static Path work;
  private static LuceneIndex index;
  private static ArchiveWriter writer;
  private static IngestReport telegram;

  @BeforeAll
  static void ingest() {
    index = LuceneIndex.open(work.resolve("index"));
    writer = ArchiveWriter.standard(index);
    telegram =
        run(
            PlatformFormat.TELEGRAM,
            new TelegramExport(),
            Exports.path("telegram", "channel.json"),
            Exports.path("telegram", "full-export.json"));
    run(PlatformFormat.X, new XArchive(null), Exports.path("x", "archive"));
    run(
        PlatformFormat.CROWDTANGLE,
        new CsvExport(FieldMapping.crowdTangle(), null),
        Exports.path("csv", "crowdtangle-facebook.csv"));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static IngestReport run(PlatformFormat format, ExportReader reader, Path... files) {
    Ingester ingester = new Ingester(Stages.standard(), writer, 1, 60_000);
    return ingester.ingest(
        new ExportCollector(format, reader, List.of(files), "import:test", Exports.CLOCK), p -> {});
  }

  private static long count(String query) {
    return index.search(SearchRequest.of(query)).total();
  }

  private static AnalyzedDocument only(String query) {
    SearchResult result = index.search(SearchRequest.of(query));
    assertThat(result.total()).as(query).isEqualTo(1);
    return result.hits().getFirst().document();
  }

  @Test
  void everyPostIsStoredOnceEvenShortOnesTwoAccountsShare() {
    // "Paix au Sahel" is posted by the channel and by a group member: two posts, not copies
    assertThat(telegram.added()).isEqualTo(9);
    assertThat(telegram.failed()).isZero();
    assertThat(count("platform:telegram")).isEqualTo(9);
    assertThat(count("\"Paix au Sahel\"")).isEqualTo(2);
    assertThat(index.search(SearchRequest.of("\"Paix au Sahel\"")).hits())
        .allMatch(h -> h.document().duplicateOf() == null && h.copies() == 0);
    IngestReport again =
        run(
            PlatformFormat.TELEGRAM,
            new TelegramExport(),
            Exports.path("telegram", "channel.json"));
    assertThat(again.added()).isZero();
    assertThat(again.duplicates()).isEqualTo(5);
  }

  @Test
  void aPostKeepsItsAccountMetricsAndRelationsInTheStore() {
    AnalyzedDocument post = only("relation:forward");
    assertThat(post.type()).isEqualTo(AnalyzedDocument.POST);
    assertThat(post.site()).isEqualTo("telegram");
    assertThat(post.author()).isEqualTo("Studio Tamani Infos");
    assertThat(post.published()).isEqualTo("2024-03-14T11:40:00Z");
    assertThat(post.account())
        .isEqualTo(new Account("telegram", "channel1234567890", null, "Studio Tamani Infos", null));
    assertThat(post.engagement()).isEqualTo(new Engagement(4410L, null, null, null));
    assertThat(post.relations())
        .containsExactly(
            new Relation(
                Kind.FORWARD,
                null,
                new Account("telegram", "channel987654321", null, "Radio Kledu", null)));
    assertThat(post.language()).isEqualTo("bam");
    assertThat(DocumentJson.read(DocumentJson.write(post))).isEqualTo(post);

    AnalyzedDocument edited = only("relation:\"reply:1234567890/2\"");
    assertThat(edited.edited()).isEqualTo("2024-03-15T07:30:00Z");
    assertThat(edited.language()).isEqualTo("fra");
  }

  @Test
  void searchesFilterOnAccountsAndRelations() {
    assertThat(count("account:channel1234567890")).isEqualTo(5);
    assertThat(count("account:abdoulayesow_ml")).isEqualTo(4);
    assertThat(count("compte:StudioTamani")).isEqualTo(2);
    assertThat(count("relation:\"forward:radio kledu\"")).isEqualTo(1);
    assertThat(count("relation:\"forward:channel987654321\"")).isEqualTo(1);
    assertThat(count("relation:\"hashtag:mali\"")).isEqualTo(2);
    assertThat(count("relation:\"mention:maliactunet\"")).isEqualTo(1);
    assertThat(count("relation:retweet")).isEqualTo(1);
    assertThat(count("relation:\"retweet:studiotamani\"")).isEqualTo(1);
    assertThat(count("relation:\"quote:minusmamali\"")).isEqualTo(1);
    assertThat(count("relation:\"link:https://www.studiotamani.org/reportage-bandiagara\""))
        .isEqualTo(1);
    assertThat(count("platform:facebook")).isEqualTo(3);
    assertThat(count("plateforme:x Sikasso")).isEqualTo(1);
    SearchResult facets =
        index.search(
            SearchRequest.matching(SearchRequest.of("*").query())
                .withFacets(List.of("platform", "relation")));
    assertThat(facets.facets().getFirst().values())
        .extracting(SearchResult.FacetValue::value)
        .containsExactlyInAnyOrder("telegram", "x", "facebook");
  }

  @Test
  void wolofAndFrenchPostsGetTheirLanguage() {
    assertThat(only("relation:\"reply:1767999999999999999\"").language()).isEqualTo("wol");
    assertThat(only("Ziguinchor jàmmaarlante").language()).isEqualTo("wol");
  }

  @Test
  void anImportSourceReadsItsExportWithItsOptions() {
    Source source =
        new Source(
            "import:mastodon",
            "Mastodon Sénégal",
            SourceKind.IMPORT,
            Exports.path("csv", "generic-posts.csv").toString(),
            "SN",
            null,
            List.of(),
            null,
            false,
            Map.of(
                "format", "csv",
                "platform", "mastodon",
                "map.text", "body",
                "map.id", "message_id",
                "map.account.handle", "screen_name"));
    Exports.Recording sink = new Exports.Recording();
    ImportCollectors.forImport(source, Exports.CLOCK).collect(sink, p -> {});
    assertThat(sink.errors).isEmpty();
    assertThat(sink.postIds()).containsExactly("9001", "9002");
    assertThat(sink.documents.getFirst().sourceId()).isEqualTo("import:mastodon");
    assertThat(sink.documents.getFirst().post().account().handle()).isEqualTo("fatou_nd");
  }
}
