package org.vigie.archive.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.ingest.IngestReport;
import org.vigie.collect.fetch.FetchMemory;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceException;
import org.vigie.collect.sources.SourceKind;

class SourceRegistryTest {
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  @TempDir Path folder;

  static Source feed(String id, Duration every) {
    return new Source(
        id,
        "Studio Tamani",
        SourceKind.FEED,
        "https://www.studiotamani.org/feed",
        "ML",
        "fra",
        List.of("radio", "mali"),
        every,
        false,
        Map.of("pages", "50", "delay", "2s"));
  }

  @Test
  void addsGetsListsUpdatesAndRemovesSourcesAcrossReopening() {
    try (Catalog catalog = Catalog.open(folder)) {
      SourceRegistry registry = catalog.sources();
      RegisteredSource added = registry.add(feed("tamani", Duration.ofHours(1)), T0);
      assertThat(added.source()).isEqualTo(feed("tamani", Duration.ofHours(1)));
      assertThat(added.state().enabled()).isTrue();
      assertThat(added.state().nextDueAt()).isEqualTo(T0);
      assertThatThrownBy(() -> registry.add(feed("tamani", null), T0))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("'tamani' already exists");
      registry.add(
          new Source(
              "kledu",
              "Radio Kledu",
              SourceKind.IMPORT,
              "/data/kledu",
              null,
              null,
              null,
              null,
              false,
              null),
          T0);
    }
    try (Catalog catalog = Catalog.open(folder)) {
      SourceRegistry registry = catalog.sources();
      assertThat(registry.list())
          .extracting(RegisteredSource::id)
          .containsExactly("kledu", "tamani");
      RegisteredSource kledu = registry.require("kledu");
      assertThat(kledu.source().tags()).isEmpty();
      assertThat(kledu.state().nextDueAt()).isNull();

      Source changed =
          new Source(
              "tamani",
              "Studio Tamani (fr)",
              SourceKind.FEED,
              "https://www.studiotamani.org/fr/feed",
              "ML",
              "fra",
              List.of("radio"),
              Duration.ofHours(6),
              true,
              Map.of());
      registry.update(changed, T0.plusSeconds(60));
      assertThat(registry.require("tamani").source()).isEqualTo(changed);
      assertThat(registry.require("tamani").state().nextDueAt())
          .isEqualTo(T0.plusSeconds(60 + 6 * 3600));

      assertThat(registry.remove("tamani", T0)).isTrue();
      assertThat(registry.remove("tamani", T0)).isFalse();
      assertThat(registry.get("tamani")).isEmpty();
      assertThat(registry.list()).extracting(RegisteredSource::id).containsExactly("kledu");
      assertThatThrownBy(() -> registry.require("tamani"))
          .isInstanceOf(SourceException.class)
          .hasMessage("no source with the id 'tamani'");
      registry.add(feed("tamani", null), T0);
      assertThat(registry.require("tamani").source().schedule()).isNull();
    }
  }

  @Test
  void recordsOutcomesWithExponentialBackoffAndLinksRunsToTheirSource() {
    try (Catalog catalog = Catalog.open(folder)) {
      SourceRegistry registry = catalog.sources();
      registry.add(feed("tamani", Duration.ofHours(1)), T0);
      registry.runStarted("tamani", T0);
      registry.runFailed("tamani", T0, "https://www.studiotamani.org/feed: HTTP 503", "UNREADABLE");
      RegisteredSource once = registry.require("tamani");
      assertThat(once.state().consecutiveFailures()).isEqualTo(1);
      assertThat(once.state().lastErrorMessage()).endsWith("HTTP 503");
      assertThat(once.state().lastErrorCause()).isEqualTo("UNREADABLE");
      assertThat(once.state().nextDueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
      registry.runFailed("tamani", T0, "again", "UNREADABLE");
      assertThat(registry.require("tamani").state().nextDueAt())
          .isEqualTo(T0.plus(Duration.ofHours(4)));
      assertThat(registry.due(T0.plus(Duration.ofHours(3)))).isEmpty();
      assertThat(registry.due(T0.plus(Duration.ofHours(4))))
          .extracting(RegisteredSource::id)
          .containsExactly("tamani");

      registry.runSucceeded("tamani", T0.plus(Duration.ofHours(5)));
      RegisteredSource ok = registry.require("tamani");
      assertThat(ok.state().consecutiveFailures()).isZero();
      assertThat(ok.state().lastSuccessAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
      assertThat(ok.state().lastErrorMessage()).isEqualTo("again");
      assertThat(ok.state().nextDueAt()).isEqualTo(T0.plus(Duration.ofHours(6)));

      registry.setEnabled("tamani", false, T0);
      assertThat(registry.due(T0.plus(Duration.ofDays(9)))).isEmpty();

      long run = catalog.startRun("tamani", "https://www.studiotamani.org/feed");
      catalog.finishRun(run, IngestReport.empty(), "DONE");
      assertThat(registry.runs("tamani", 10)).extracting(IngestRun::id).containsExactly(run);
      assertThat(registry.runs("other", 10)).isEmpty();
    }
  }

  @Test
  void ingestingFilesUnderARegisteredSourcesIdLeavesTheSourceAsItIs() {
    try (Catalog catalog = Catalog.open(folder)) {
      catalog.sources().add(feed("tamani", Duration.ofHours(1)), T0);
      catalog.ensureSource("tamani", "dump", "files", "/tmp/dump");
      long run = catalog.startRun("tamani", "/tmp/dump");
      assertThat(catalog.sources().require("tamani").source())
          .isEqualTo(feed("tamani", Duration.ofHours(1)));
      assertThat(catalog.sources().runs("tamani", 5))
          .extracting(IngestRun::id)
          .containsExactly(run);
      catalog.ensureSource("files:/tmp/dump", "dump", "files", "/tmp/dump");
      assertThat(catalog.sources().list()).hasSize(1);
    }
  }

  @Test
  void keepsEachSourcesFetchMemoryApart() {
    try (Catalog catalog = Catalog.open(folder)) {
      SourceRegistry registry = catalog.sources();
      registry.add(feed("tamani", Duration.ofHours(1)), T0);
      registry.add(feed("kledu", Duration.ofHours(1)), T0);
      FetchMemory tamani = registry.fetchMemory("tamani");
      String url = "https://www.studiotamani.org/feed";
      tamani.remember(
          new FetchMemory.Seen(url, "\"v1\"", "Mon, 23 Nov 2026 07:00:00 GMT", "ab12", T0));
      tamani.remember(new FetchMemory.Seen(url, "\"v2\"", null, "cd34", T0.plusSeconds(5)));
      assertThat(tamani.seen(url))
          .contains(new FetchMemory.Seen(url, "\"v2\"", null, "cd34", T0.plusSeconds(5)));
      assertThat(registry.fetchMemory("kledu").seen(url)).isEmpty();
      registry.remove("tamani", T0);
      registry.add(feed("tamani", null), T0);
      assertThat(registry.fetchMemory("tamani").seen(url)).isEmpty();
    }
  }

  @Test
  void migratesACatalogMadeBeforeTheRegistryKeepingItsSourcesAndRuns() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("catalog"));
    ds.setUser("vigie");
    ds.setPassword("");
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("2")
        .load()
        .migrate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO source (id, name, kind, location, created_at) VALUES"
              + " ('files:/corpus', 'corpus', 'files', '/corpus', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z')");
      s.executeUpdate(
          "INSERT INTO ingest_run (source_id, started_at, status, inputs, added, copies) VALUES"
              + " ('files:/corpus', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', 'DONE', '/corpus', 5, 1)");
    }
    try (Catalog catalog = Catalog.open(folder)) {
      assertThat(catalog.sources().list()).isEmpty();
      assertThat(catalog.recentRunsOf("files:/corpus", 5))
          .singleElement()
          .satisfies(r -> assertThat(r.added()).isEqualTo(5));
      catalog.sources().add(feed("tamani", Duration.ofHours(1)), T0);
      assertThat(catalog.sources().list()).hasSize(1);
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '3'")) {
      assertThat(rs.next()).as("the registry's migration V3 was applied").isTrue();
      assertThat(rs.getBoolean(1)).isTrue();
    }
  }
}
