package org.vigie.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.CsvExport;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.FieldMapping;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.XArchive;
import org.vigie.store.StoreConfig;

/** An account's activity over the platform-export fixtures, through the real pipeline. */
class AccountActivityTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Path EXPORTS = Path.of("src/test/resources/platform");
  @TempDir static Path data;
  static Archive archive;

  @BeforeAll
  static void ingest() {
    archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK);
    run(PlatformFormat.X, new XArchive(null), EXPORTS.resolve("x/archive"));
    run(
        PlatformFormat.CROWDTANGLE,
        new CsvExport(FieldMapping.crowdTangle(), null),
        EXPORTS.resolve("csv/crowdtangle-facebook.csv"));
    archive.store().commit();
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  private static void run(PlatformFormat f, ExportReader r, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(new ExportCollector(f, r, List.of(files), "import:test", CLOCK), p -> {});
  }

  @Test
  void aPageShowsItsPostsPerDayEngagementAndWhatItTalksAbout() {
    AccountActivity.Report r =
        AccountActivity.of(archive.store(), "facebook", "100064321987654", "StudioTamani");
    assertThat(r.posts()).isEqualTo(2);
    assertThat(r.perDay().buckets()).anyMatch(b -> b.count() == 2);
    assertThat(r.latest()).hasSize(2);
    assertThat(r.latest().getFirst().reactions()).isNotNull();
    assertThat(r.latest().getFirst().published()).startsWith("2024-03-14T12:40");
    assertThat(r.facets()).containsKey("place");
  }

  @Test
  void retweetsMakeWhomItAmplifiesAndWhoAmplifiesIt() {
    var author = archive.accounts().byHandle("x", "AbdoulayeSow_ML").orElseThrow();
    AccountActivity.Report sow =
        AccountActivity.of(archive.store(), "x", author.id(), author.handle());
    assertThat(sow.amplifies()).extracting(AccountActivity.Peer::label).contains("@StudioTamani");
    AccountActivity.Peer tamani =
        sow.amplifies().stream()
            .filter(p -> p.label().equals("@StudioTamani"))
            .findFirst()
            .orElseThrow();
    AccountActivity.Report amplified =
        AccountActivity.of(archive.store(), tamani.platform(), tamani.id(), "StudioTamani");
    assertThat(amplified.amplifiedBy())
        .extracting(AccountActivity.Peer::id)
        .containsExactly(author.id());
    assertThat(sow.domains()).extracting(AccountActivity.Count::value).contains("lessor.ml");
    assertThat(sow.hashtags()).extracting(AccountActivity.Count::value).contains("#sikasso");
  }
}
