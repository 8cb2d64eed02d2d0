package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.access.Role;
import org.vigie.archive.backup.ArchiveVerify;
import org.vigie.archive.backup.BackupJobs;
import org.vigie.archive.backup.BackupManifest;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;

/**
 * Backups from the web: an admin starts one through the API (and the page), it lands in the
 * server's backups folder complete and checked; other roles are refused.
 */
class BackupPagesIT {
  @TempDir Path work;

  @Test
  void anAdminBacksUpThroughTheApiAndThePageOthersAreRefused() throws Exception {
    try (TestServer harness = TestServer.open(work)) {
      harness.ingest("files:seeds", harness.fixture("samples/seeds"));
      harness.user("admin", Role.ADMIN).user("redaction", Role.EDITOR);
      String token = harness.users().createToken("admin", "sauvegardes").secret();
      String editorToken = harness.users().createToken("redaction", "essai").secret();
      Path folder = work.resolve("backups");
      BackupJobs jobs =
          harness.closeLater(new BackupJobs(harness.archive(), folder, Clock.systemUTC()));
      String base =
          harness.start(
              new WebServer(harness.store(), harness.access(AccessControl.Mode.PROTECTED))
                  .withBackups(jobs));
      WebClient client = new WebClient(base);

      HttpResponse<String> started =
          client.send(
              "POST", "/api/admin/backups", "{\"wait\": true}", "Authorization", "Bearer " + token);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      JsonNode job = DocumentJson.mapper().readTree(started.body());
      assertThat(job.get("state").asText()).isEqualTo("DONE");
      long documents = harness.store().count();
      assertThat(job.get("documents").asLong()).isEqualTo(documents).isPositive();
      Path backup = folder.resolve(job.get("name").asText());
      assertThat(BackupManifest.read(backup).documents()).isEqualTo(documents);
      ArchiveVerify.Report report = new ArchiveVerify(p -> {}).check(backup);
      assertThat(report.problems()).isEmpty();

      HttpResponse<String> refused =
          client.send("POST", "/api/admin/backups", "{}", "Authorization", "Bearer " + editorToken);
      assertThat(refused.statusCode()).isEqualTo(403);

      WebClient admin = harness.signedIn("admin");
      HttpResponse<String> page = admin.get("/admin/backups");
      assertThat(page.statusCode()).isEqualTo(200);
      Document html = Jsoup.parse(page.body());
      assertThat(html.select("h1").text()).isEqualTo("Sauvegardes");
      assertThat(html.select("tr[data-state=DONE]").text()).contains(job.get("name").asText());
      HttpResponse<String> fromPage = admin.post("/admin/backups", Map.of("_csrf", admin.csrf()));
      assertThat(fromPage.statusCode()).isIn(200, 302, 303);
      waitForNoRunning(jobs);
      assertThat(jobs.recent()).hasSize(2);
      assertThat(jobs.recent()).allMatch(j -> j.state() == BackupJobs.State.DONE);
    }
  }

  private static void waitForNoRunning(BackupJobs jobs) throws InterruptedException {
    long until = System.nanoTime() + 120_000_000_000L;
    while (jobs.recent().stream().anyMatch(j -> j.state() == BackupJobs.State.RUNNING)
        && System.nanoTime() < until) {
      Thread.sleep(50);
    }
  }
}
