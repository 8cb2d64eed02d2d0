package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.access.Role;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * A stored file's path on the server is shown to administrators only (issue 20, item 8): other
 * readers see the source's name on the document page, in the JSON API, in search results and in CSV
 * exports.
 */
class DocumentPrivacyIT {
  @TempDir static Path work;
  static TestServer harness;
  static String id;

  @BeforeAll
  static void start() throws Exception {
    harness = TestServer.open(work);
    Path folder = Files.createDirectories(work.resolve("imports-secretes"));
    Files.writeString(
        folder.resolve("communique.txt"),
        "Communiqué de la cellule de communication : la mission annonce une patrouille conjointe"
            + " à Ménaka et appelle au calme.");
    harness
        .ingest("files:" + folder.toAbsolutePath(), folder)
        .user("admin", Role.ADMIN)
        .user("analyste", Role.ANALYST);
    harness.start(
        new WebServer(harness.archive().store(), harness.access(AccessControl.Mode.PROTECTED)));
    id =
        harness
            .archive()
            .store()
            .search(org.vigie.search.SearchRequest.of("Ménaka"))
            .hits()
            .getFirst()
            .document()
            .id();
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @Test
  void onlyAdministratorsSeeTheServerPath() throws Exception {
    String path = work.resolve("imports-secretes").toAbsolutePath().toString();
    WebClient analyst = harness.signedIn("analyste");
    String page = analyst.get("/documents/" + id).body();
    assertThat(page).doesNotContain(path).contains("imports-secretes");
    var json = DocumentJson.mapper().readTree(analyst.get("/api/documents/" + id).body());
    assertThat(json.path("origin").isMissingNode() || json.path("origin").isNull()).isTrue();
    assertThat(json.get("sourceId").asText()).isEqualTo("files:imports-secretes");
    assertThat(analyst.get("/api/search?q=M%C3%A9naka").body()).doesNotContain(path);
    String csv = analyst.get("/api/export?q=M%C3%A9naka&format=csv").body();
    assertThat(csv).doesNotContain(path).contains("files:imports-secretes");

    WebClient admin = harness.signedIn("admin");
    assertThat(admin.get("/documents/" + id).body()).contains(path);
    assertThat(admin.get("/api/documents/" + id).body()).contains("communique.txt");
  }
}
