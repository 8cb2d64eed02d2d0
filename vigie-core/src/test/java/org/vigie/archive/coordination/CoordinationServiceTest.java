package org.vigie.archive.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.coordination.ObjectKind;
import org.vigie.archive.Archive;
import org.vigie.archive.coordination.CoordinationRecords.Edge;
import org.vigie.archive.coordination.CoordinationRecords.Group;
import org.vigie.archive.coordination.CoordinationRecords.Member;
import org.vigie.archive.coordination.CoordinationRecords.Pair;
import org.vigie.archive.coordination.CoordinationRecords.Run;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.platform.XArchive;
import org.vigie.store.StoreConfig;

/**
 * Coordination over an archive fed with real-format platform exports (two Telegram channels and an
 * X archive, in {@code coordination-exports/}): a Telegram channel and an X account that push the
 * same link 36 s apart form an edge labelled by the link; two accounts posting the same text with
 * small edits form an edge labelled "text"; the run, its groups and evidence are stored and
 * followed.
 */
class CoordinationServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-15T08:00:00Z"), ZoneOffset.UTC);
  private static final Instant FROM = Instant.parse("2024-03-14T00:00:00Z");
  private static final Instant TO = Instant.parse("2024-03-15T00:00:00Z");
  private static final String SAHEL = "telegram/channel1700000001";
  private static final String KIBARU = "telegram/channel1700000002";
  private static final String FASO = "x/9081726354";

  @TempDir static Path data;
  private static Archive archive;

  @BeforeAll
  static void ingest() throws URISyntaxException {
    archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK);
    run(
        PlatformFormat.TELEGRAM,
        new TelegramExport(),
        fixture("sahel-echo.json"),
        fixture("kibaru-direct.json"));
    run(PlatformFormat.X, new XArchive(null), fixture("x-fasoverite"));
    archive.store().commit();
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        CoordinationServiceTest.class.getResource("/coordination-exports/" + name).toURI());
  }

  private static void run(PlatformFormat format, ExportReader reader, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(new ExportCollector(format, reader, List.of(files), "import:test", CLOCK), p -> {});
  }

  private static CoordinationRequest request() {
    return CoordinationRequest.of(FROM, TO).withSettings(CoordinationSettings.of(60, 1));
  }

  @Test
  void aTelegramChannelAndAnXAccountPushingOneLinkFormAnEdgeLabelledByTheLink() {
    CoordinationService service = archive.coordination();
    Run run = service.run(request().withKinds(Set.of(ObjectKind.URL)), p -> {});
    assertThat(run.status()).isEqualTo("done");
    assertThat(run.posts()).isEqualTo(7);
    assertThat(run.groups()).isEqualTo(1);
    Group g = service.groups(run.id()).getFirst();
    assertThat(g.platforms()).containsExactly("telegram", "x");
    assertThat(g.kinds()).containsExactly("url");
    assertThat(g.topObjects().getFirst().object())
        .isEqualTo("url:https://www.lessor.ml/ceni-report-scrutin");
    List<Edge> edges = service.edges(g.id());
    assertThat(edges).hasSize(1);
    assertThat(List.of(edges.getFirst().accountA(), edges.getFirst().accountB()))
        .containsExactly(SAHEL, FASO);
    Pair p = service.evidence(g.id()).getFirst();
    assertThat(p.deltaSeconds()).isEqualTo(36);
    assertThat(archive.store().get(p.docA()).orElseThrow().text()).contains("CENI reporterait");
    assertThat(archive.store().get(p.docB()).orElseThrow().account().handle())
        .isEqualTo("FasoVerite");
    assertThat(service.members(g.id()))
        .extracting(Member::label)
        .contains("@FasoVerite (Faso Vérité)");
  }

  @Test
  void twoAccountsPostingTheSameTextWithSmallEditsFormAnEdgeLabelledText() {
    CoordinationService service = archive.coordination();
    Run run = service.run(request().withKinds(Set.of(ObjectKind.TEXT)), p -> {});
    List<Group> groups = service.groups(run.id());
    assertThat(groups).hasSize(1);
    Edge e = service.edges(groups.getFirst().id()).getFirst();
    assertThat(List.of(e.accountA(), e.accountB())).containsExactly(KIBARU, FASO);
    assertThat(e.kinds()).containsExactly("text");
    Pair p = service.evidence(groups.getFirst().id()).getFirst();
    assertThat(p.deltaSeconds()).isEqualTo(34);
    assertThat(archive.store().get(p.docA()).orElseThrow().text())
        .contains("ont quitté Tombouctou");
    assertThat(archive.store().get(p.docB()).orElseThrow().text()).contains("ont fui Tombouctou");
  }

  @Test
  void aMultimodalRunJoinsBothAndFollowsItsGroupFromTheRunBefore() {
    CoordinationService service = archive.coordination();
    CoordinationRequest all = request().withQuery("");
    Run first = service.run(all, p -> {});
    Group g1 = service.groups(first.id()).getFirst();
    assertThat(g1.size()).isEqualTo(3);
    assertThat(g1.kinds()).containsExactlyInAnyOrder("text", "url");
    assertThat(service.evidence(g1.id())).hasSize(2);
    Run second = service.run(all, p -> {});
    Group g2 = service.groups(second.id()).getFirst();
    assertThat(g2.lineage()).isEqualTo(g1.lineage());
    assertThat(g2.change()).isEqualTo("same");
    assertThat(g2.previousSize()).isEqualTo(3);
    assertThat(service.lineage(g1.lineage()))
        .extracting(Group::id)
        .containsSubsequence(g1.id(), g2.id());
    assertThat(service.groupsOf(FASO, 10)).extracting(Group::id).contains(g1.id(), g2.id());
  }

  @Test
  void twoChannelsPostingOnePictureReencodedFormAnEdgeLabelledImage(@TempDir Path other)
      throws URISyntaxException {
    try (Archive images = Archive.open(other, StoreConfig.EMBEDDED, CLOCK)) {
      new Ingester(Stages.standard(), images.writer(), 1, 60_000)
          .ingest(
              new ExportCollector(
                  PlatformFormat.TELEGRAM,
                  new TelegramExport(),
                  List.of(
                      fixture("images/baraka-infos.json"), fixture("images/sahel-vigilance.json")),
                  "import:test",
                  CLOCK),
              p -> {});
      images.store().commit();
      Run run = images.coordination().run(request(), p -> {});
      assertThat(run.posts()).isEqualTo(4);
      List<Group> groups = images.coordination().groups(run.id());
      assertThat(groups).hasSize(1);
      assertThat(groups.getFirst().kinds()).containsExactly("media");
      Pair p = images.coordination().evidence(groups.getFirst().id()).getFirst();
      assertThat(p.object()).startsWith("dhash:");
      assertThat(p.deltaSeconds()).isEqualTo(25);
      assertThat(images.store().get(p.docB()).orElseThrow().text()).startsWith("Document officiel");
      // the photo whose path leaves the export's folder was not read
      assertThat(
              images
                  .store()
                  .search(org.vigie.search.SearchRequest.of("chemin"))
                  .hits()
                  .getFirst()
                  .document()
                  .relations())
          .noneMatch(r -> r.target() != null && r.target().startsWith("dhash:"));
    }
  }

  @Test
  void aWindowTooShortFindsNothingAndAPlatformFilterKeepsOneSide() {
    CoordinationService service = archive.coordination();
    Run narrow = service.run(request().withSettings(CoordinationSettings.of(30, 1)), p -> {});
    assertThat(narrow.groups()).isZero();
    assertThat(narrow.sharePairs()).isZero();
    Run telegram = service.run(request().withPlatforms(Set.of("telegram")), p -> {});
    assertThat(telegram.posts()).isEqualTo(4);
    assertThat(telegram.groups()).isZero();
  }
}
