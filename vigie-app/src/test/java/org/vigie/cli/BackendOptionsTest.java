package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.StoreConfig;

/** Choosing the backend: options, configuration file, and the errors a user can make. */
class BackendOptionsTest {
  @TempDir Path data;

  @Test
  void embeddedByDefault() {
    assertThat(new BackendOptions().resolve(data)).isEqualTo(StoreConfig.EMBEDDED);
  }

  @Test
  void configurationFileNamesTheBackendAndTheCommandLineWins() throws Exception {
    Files.writeString(
        data.resolve("vigie.properties"),
        "backend=opensearch\nopensearch.hosts=a:9200\nopensearch.replicas=0\nother.key=x\n");
    BackendOptions options = new BackendOptions();
    StoreConfig fromFile = options.resolve(data);
    assertThat(fromFile.backend()).isEqualTo("opensearch");
    assertThat(fromFile.options()).containsEntry("hosts", "a:9200").containsEntry("replicas", "0");
    assertThat(fromFile.options()).doesNotContainKey("key");
    options.hosts = "b:9200,c:9200";
    options.indexPrefix = "test-";
    assertThat(options.resolve(data).options())
        .containsEntry("hosts", "b:9200,c:9200")
        .containsEntry("index-prefix", "test-");
  }

  @Test
  void unknownBackendIsAUsageError() {
    VigieCliTest.Run run =
        VigieCliTest.vigie("--data", data.toString(), "--backend", "nosuch", "search", "Mali");
    assertThat(run.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(run.err()).contains("unknown backend 'nosuch'").contains("opensearch");
    assertThat(run.err()).doesNotContain("at org.vigie");
  }

  @Test
  void opensearchWithoutHostsIsAUsageError() throws Exception {
    Files.writeString(data.resolve("vigie.properties"), "backend=opensearch\n");
    VigieCliTest.Run run = VigieCliTest.vigie("--data", data.toString(), "search", "Mali");
    assertThat(run.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(run.err()).contains("no hosts given");
  }

  @Test
  void hostsWithoutBackendAndMissingConfigFileAreUsageErrors() {
    assertThat(
            VigieCliTest.vigie("--data", data.toString(), "--hosts", "a:9200", "search", "x")
                .exit())
        .isEqualTo(VigieCli.USAGE);
    VigieCliTest.Run run =
        VigieCliTest.vigie("--config", data.resolve("none.properties").toString(), "search", "x");
    assertThat(run.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(run.err()).contains("none.properties");
  }

  @Test
  void migrateNeedsAnotherBackend() {
    assertThat(VigieCliTest.vigie("--data", data.toString(), "migrate").exit())
        .isEqualTo(VigieCli.USAGE);
    VigieCliTest.Run run =
        VigieCliTest.vigie("--data", data.toString(), "migrate", "--to", "embedded");
    assertThat(run.exit()).isEqualTo(VigieCli.USAGE);
  }
}
