package org.vigie.archive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.Stages;
import org.vigie.archive.Archive;
import org.vigie.archive.accounts.AccountRecords.SeenAccount;
import org.vigie.archive.ingest.Ingester;
import org.vigie.collect.platform.CsvExport;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportReader;
import org.vigie.collect.platform.FieldMapping;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.TelegramExport;
import org.vigie.collect.platform.XArchive;
import org.vigie.document.Account;
import org.vigie.store.StoreConfig;

/**
 * The registry fed by the platform-export fixtures through the real pipeline: every author once,
 * its posts, first and last seen, followers as a series; labels, watchlist, actors and suggestions;
 * re-ingesting counts nothing twice.
 */
class AccountRegistryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Path EXPORTS = Path.of("src/test/resources/platform");

  @TempDir Path data;

  private void ingestAll(Archive archive) {
    ingest(
        archive,
        PlatformFormat.TELEGRAM,
        new TelegramExport(),
        EXPORTS.resolve("telegram/channel.json"),
        EXPORTS.resolve("telegram/full-export.json"));
    ingest(archive, PlatformFormat.X, new XArchive(null), EXPORTS.resolve("x/archive"));
    ingest(
        archive,
        PlatformFormat.CROWDTANGLE,
        new CsvExport(FieldMapping.crowdTangle(), null),
        EXPORTS.resolve("csv/crowdtangle-facebook.csv"));
    archive.store().commit();
  }

  private static void ingest(Archive archive, PlatformFormat f, ExportReader r, Path... files) {
    new Ingester(Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(new ExportCollector(f, r, List.of(files), "import:test", CLOCK), p -> {});
  }

  @Test
  void everyAuthorOfTheExportsIsRegisteredWithItsPostsAndFollowers() {
    try (Archive archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK)) {
      ingestAll(archive);
      AccountRegistry accounts = archive.accounts();
      SeenAccount tamani = accounts.get("facebook", "100064321987654").orElseThrow();
      assertThat(tamani.handle()).isEqualTo("StudioTamani");
      assertThat(tamani.posts()).isEqualTo(2);
      assertThat(tamani.firstSeen()).isEqualTo(Instant.parse("2024-03-14T08:15:00Z"));
      assertThat(tamani.lastSeen()).isEqualTo(Instant.parse("2024-03-14T12:40:10Z"));
      assertThat(tamani.followers()).isEqualTo(604210L);
      assertThat(accounts.followers("facebook", "100064321987654"))
          .extracting(AccountRecords.FollowerPoint::followers)
          .containsExactly(604210L, 604210L);
      assertThat(accounts.get("telegram", "channel1234567890").orElseThrow().posts()).isPositive();
      assertThat(accounts.byHandle("x", "abdoulayesow_ml")).isPresent();
      int registered = accounts.count();
      assertThat(accounts.list(null, null, false, null, 0, 100)).hasSize(registered);
      assertThat(accounts.list("facebook", null, false, null, 0, 100)).hasSize(2);
      assertThat(accounts.list(null, null, false, "tamani", 0, 100))
          .extracting(SeenAccount::platform)
          .contains("facebook", "telegram");

      ingestAll(archive);
      assertThat(accounts.count()).isEqualTo(registered);
      assertThat(accounts.get("facebook", "100064321987654").orElseThrow().posts()).isEqualTo(2);
    }
  }

  @Test
  void workersSeeingOneNewAccountAtOnceCountEveryPost() throws Exception {
    try (Archive archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK)) {
      AccountRegistry accounts = archive.accounts();
      int threads = 8;
      int rounds = 25;
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        for (int r = 0; r < rounds; r++) {
          Account a = new Account("telegram", "new" + r, "nouveau" + r, null, 10L + r);
          java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
          List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
          for (int t = 0; t < threads; t++) {
            Instant at = Instant.parse("2024-03-14T10:00:00Z").plusSeconds(t);
            done.add(
                pool.submit(
                    () -> {
                      go.await();
                      accounts.seen("telegram", a, at, "fra");
                      return null;
                    }));
          }
          go.countDown();
          for (var f : done) {
            f.get();
          }
          assertThat(accounts.get("telegram", "new" + r).orElseThrow().posts()).isEqualTo(threads);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void editorsLabelWatchAndLinkAccountsIntoActors() {
    try (Archive archive = Archive.open(data, StoreConfig.EMBEDDED, CLOCK)) {
      AccountRegistry accounts = archive.accounts();
      Instant t = Instant.parse("2024-03-14T10:00:00Z");
      accounts.seen("x", new Account("x", "77", "KibaruML", "Kibaru", 1200L), t, "fra");
      accounts.seen(
          "telegram", new Account("telegram", "c9", "kibaruml", "Kibaru Direct", null), t, "fra");
      accounts.seen("facebook", new Account("facebook", "f1", "autre", "Kibaru", 300L), t, "bam");
      assertThat(accounts.suggestions(10))
          .extracting(s -> s.a().platform() + "/" + s.b().platform() + ":" + s.reason())
          .contains("telegram/x:handle", "facebook/x:name");

      assertThat(accounts.mark("x", "77", List.of("média", "influenceur"), true)).isTrue();
      assertThat(accounts.list(null, "média", true, null, 0, 10))
          .extracting(SeenAccount::id)
          .containsExactly("77");
      var actor = accounts.createActor("Kibaru", List.of("média"), "radio de Bamako");
      assertThat(accounts.link("x", "77", actor.id())).isTrue();
      assertThat(accounts.link("telegram", "c9", actor.id())).isTrue();
      assertThat(accounts.accountsOf(actor.id()))
          .extracting(SeenAccount::platform)
          .containsExactlyInAnyOrder("x", "telegram");
      assertThat(accounts.suggestions(10)).extracting(s -> s.reason()).doesNotContain("handle");
      accounts.linkEntity(actor.id(), "org", "Kibaru");
      assertThat(accounts.actorOfEntity("ORG", "Kibaru")).contains(actor);
      assertThatThrownBy(() -> accounts.link("x", "77", 999L)).hasMessageContaining("no actor");
      assertThat(accounts.link("x", "77", null)).isTrue();
      assertThat(accounts.accountsOf(actor.id())).hasSize(1);
    }
  }
}
