package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie coordination} on a small share log in the Russian tweets' format. */
class CoordinationCommandTest {
  private static final Path FIXTURE = Path.of("src/test/resources/coordination/shares.csv");

  @TempDir Path dir;

  @Test
  void writesEdgesAndPrintsAJsonSummary() throws Exception {
    Path edges = dir.resolve("edges.csv");
    Run run = run("--json", "--edges", edges.toString());
    assertThat(run.code).isZero();
    // url1: a-b (10 s); url2: a-b (30), a-c (59), b-c (29); url3: b-d (0); d has 2 rows but
    // one has no object and url4's other share is malformed
    assertThat(run.out)
        .contains("\"share_pairs\" : 5")
        .contains("\"edges\" : 4")
        .contains("\"accounts\" : 4")
        .contains("\"objects\" : 3")
        .contains("\"components\" : 1")
        .contains("\"largest_component\" : 4")
        .contains("\"malformed\" : 1")
        .contains("\"no_object\" : 1");
    assertThat(run.err).contains("ligne 12").contains("not-a-time");
    List<String> lines = Files.readAllLines(edges);
    assertThat(lines.getFirst()).startsWith("account_a,account_b,weight,objects,");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).startsWith("acc_a,acc_b,2,2,20.000,1.0000,");
  }

  @Test
  void speaksEnglishWhenAskedAndExitsWith2OnUserErrors() throws Exception {
    Run run = run("--lang", "en", "--edges", dir.resolve("e.csv").toString());
    assertThat(run.code).isZero();
    assertThat(run.out).contains("5 coordinated share pairs, 4 edges between 4 accounts");
    assertThat(run.err).contains("line 12: row skipped");
    Run bad =
        execute(
            "coordination",
            "--input",
            FIXTURE.toString(),
            "--account-column",
            "nope",
            "--object-column",
            "object_id",
            "--content-column",
            "content_id",
            "--time-column",
            "timestamp_share",
            "--window",
            "60",
            "--min-participation",
            "2",
            "--edges",
            dir.resolve("x.csv").toString());
    assertThat(bad.code).isEqualTo(VigieCli.USAGE);
    assertThat(bad.err).contains("nope").doesNotContain("Exception");
    Run missing =
        execute(
            "coordination",
            "--input",
            "no-such.csv",
            "--account-column",
            "a",
            "--object-column",
            "o",
            "--content-column",
            "c",
            "--time-column",
            "t",
            "--window",
            "60",
            "--min-participation",
            "2",
            "--edges",
            dir.resolve("y.csv").toString());
    assertThat(missing.code).isEqualTo(VigieCli.USAGE);
  }

  @Test
  void examinesTheArchivesPostsOfAPeriodAndStoresTheRun() throws Exception {
    Path exports = org.vigie.Fixtures.path("coordination-exports");
    String data = dir.resolve("data").toString();
    VigieCliTest.Run telegram =
        VigieCliTest.vigie(
            "ingest",
            "--format",
            "telegram",
            exports.resolve("sahel-echo.json").toString(),
            exports.resolve("kibaru-direct.json").toString(),
            "--data",
            data);
    assertThat(telegram.exit()).as(telegram.err()).isZero();
    assertThat(
            VigieCliTest.vigie(
                    "ingest",
                    "--format",
                    "x",
                    exports.resolve("x-fasoverite").toString(),
                    "--data",
                    data)
                .exit())
        .isZero();
    Path edges = dir.resolve("archive-edges.csv");
    Run run =
        execute(
            "--data",
            data,
            "coordination",
            "--from",
            "2024-03-14",
            "--to",
            "2024-03-14",
            "--min-participation",
            "1",
            "--json",
            "--edges",
            edges.toString());
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out)
        .contains("\"share_pairs\" : 2")
        .contains("\"edges\" : 2")
        .contains("\"accounts\" : 3")
        .contains("\"components\" : 1")
        .contains("\"largest_component\" : 3");
    assertThat(Files.readAllLines(edges)).hasSize(3);
    Run text =
        execute(
            "--data",
            data,
            "coordination",
            "--from",
            "2024-03-14",
            "--to",
            "2024-03-14",
            "--min-participation",
            "1",
            "--kinds",
            "url");
    assertThat(text.out)
        .contains(
            "Analyse n° 2 : 7 publications lues (0 sans auteur ou sans heure), 1 paire coordonnée, 1 lien entre 2 comptes, 1 groupe.")
        .contains("  Groupe 1 : 2 comptes (réduit) ; url ; telegram, x");
    Run bad = execute("--data", data, "coordination", "--from", "14/03/2024");
    assertThat(bad.code).isEqualTo(VigieCli.USAGE);
    assertThat(bad.err).contains("--from attend un jour AAAA-MM-JJ");
  }

  private Run run(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "coordination",
                "--input",
                FIXTURE.toString(),
                "--account-column",
                "account_id",
                "--object-column",
                "object_id",
                "--content-column",
                "content_id",
                "--time-column",
                "timestamp_share",
                "--window",
                "60",
                "--min-participation",
                "2",
                "--fast-window",
                "10"));
    args.addAll(List.of(extra));
    return execute(args.toArray(String[]::new));
  }

  private static Run execute(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        VigieCli.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {}
}
