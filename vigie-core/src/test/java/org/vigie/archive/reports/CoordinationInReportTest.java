package org.vigie.archive.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.Report;
import org.vigie.archive.Archive;
import org.vigie.archive.coordination.CoordinationRequest;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.platform.XArchive;
import org.vigie.store.StoreConfig;

/**
 * A report's "Réseaux coordonnés" section reads the archive's coordination runs: a group followed
 * over two runs is one line (its latest view), with its page; a period without activity has none.
 */
class CoordinationInReportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-15T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path data;

  @Test
  void aGroupFollowedOverTwoRunsIsOneLineWithItsPage() throws URISyntaxException {
    try (Archive archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK)) {
      ingest(
          archive,
          PlatformFormat.TELEGRAM,
          new TelegramExport(),
          fixture("sahel-echo.json"),
          fixture("kibaru-direct.json"));
      ingest(archive, PlatformFormat.X, new XArchive(null), fixture("x-fasoverite"));
      archive.store().commit();
      CoordinationRequest request =
          CoordinationRequest.of(
                  Instant.parse("2024-03-14T00:00:00Z"), Instant.parse("2024-03-15T00:00:00Z"))
              .withSettings(CoordinationSettings.of(60, 1));
      archive.coordination().run(request, p -> {});
      var second = archive.coordination().run(request, p -> {});
      long latest = archive.coordination().groups(second.id()).getFirst().id();
      ArchiveExtras extras =
          new ArchiveExtras(
              archive.catalog().dataSource(),
              "https://vigie.example.org/",
              archive.catalog().sources(),
              archive.store());

      List<Report.GroupLine> lines =
          extras.coordinationGroups(
              new Period(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-17")));
      assertThat(lines).hasSize(1);
      Report.GroupLine g = lines.getFirst();
      assertThat(g.accounts()).isEqualTo(3);
      assertThat(g.pairs()).isEqualTo(2);
      assertThat(g.platforms()).isEqualTo("telegram, x");
      assertThat(g.link()).isEqualTo("https://vigie.example.org/coordination/groups/" + latest);
      assertThat(
              extras.coordinationGroups(
                  new Period(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-07"))))
          .isEmpty();
    }
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        CoordinationInReportTest.class.getResource("/coordination-exports/" + name).toURI());
  }

  private static void ingest(
      Archive archive, PlatformFormat format, ExportReader reader, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(new ExportCollector(format, reader, List.of(files), "import:test", CLOCK), p -> {});
  }
}
