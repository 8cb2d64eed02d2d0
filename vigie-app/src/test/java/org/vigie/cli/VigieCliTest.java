package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.document.DocumentJson;

/** The command line, run in-process on the real seed documents and on hostile files. */
class VigieCliTest {
  static final Path SEEDS = Fixtures.path("samples/seeds");
  @TempDir Path work;

  record Run(int exit, String out, String err) {}

  static Run vigie(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        VigieCli.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void analyzeJsonPrintsOneObjectPerSeedWithThePublicKeys() throws Exception {
    Run run = vigie("analyze", SEEDS.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    List<JsonNode> docs = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) {
      docs.add(DocumentJson.mapper().readTree(line));
    }
    assertThat(docs).hasSize(5);
    for (JsonNode d : docs) {
      assertThat(d.fieldNames())
          .toIterable()
          .contains(
              "id",
              "url",
              "title",
              "author",
              "published",
              "language",
              "text",
              "entities",
              "quotes",
              "dates",
              "figures",
              "topics");
      assertThat(d.get("language").asText()).isEqualTo("fra");
      assertThat(d.get("entities").isArray()).isTrue();
    }
    JsonNode minusma = docs.get(0);
    assertThat(minusma.get("entities").toString())
        .contains("{\"text\":\"Hadizetou\",\"type\":\"PER\",\"canonical\":\"Hadizetou Sidibé\"");
    assertThat(minusma.get("quotes").toString())
        .contains("\"speaker\":\"Hadizetou Sidibé\",\"role\":\"L’internaute\"");
    JsonNode osiris = docs.get(2);
    assertThat(osiris.get("origin").asText()).contains("002_");
    assertThat(osiris.get("published").asText()).isEqualTo("2015-01-30");
    assertThat(osiris.get("title").asText()).startsWith("Journée des médias sociaux de l’ONU");
  }

  @Test
  void evalNerPrintsPrecisionRecallAndF1PerType() throws Exception {
    Path gold = work.resolve("gold.bio");
    Files.writeString(
        gold,
        "Selon O\nMme O\nPoeschl B-PER\n, O\nla O\nMINUSMA B-ORG\nest O\nà O\nBamako B-LOC\n. O\n");
    Run run = vigie("eval", "ner", gold.toString(), "--split", "all");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("split all: 1 sentences, 10 tokens");
    assertThat(run.out()).containsPattern("all +3 +3 +3 +1.0000 +1.0000 +1.0000");
    Run bad = vigie("eval", "ner", gold.toString(), "--split", "dev");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--split").doesNotContain("Exception");
  }

  @Test
  void ingestingTheSameFolderTwiceAddsNothingTheSecondTime() {
    Run first = vigie("ingest", SEEDS.toString(), "--data", data());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("5 documents ajoutés");
    Run second = vigie("ingest", SEEDS.toString(), "--data", data());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.err()).contains("0 documents ajoutés, 5 déjà présents");
    assertThat(second.err()).contains("contient 5 documents");
  }

  @Test
  void searchFindsTheMinusmaSeedFirst() throws Exception {
    assertThat(vigie("ingest", SEEDS.toString(), "--data", data()).exit()).isZero();
    Run run = vigie("search", "MINUSMA", "blogueurs", "--json", "--data", data());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode result = DocumentJson.mapper().readTree(run.out());
    assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(1);
    String firstId = result.get("hits").get(0).get("id").asText();
    Run analyzed = vigie("analyze", SEEDS.resolve("000_78a1dbf5dc646b36.txt").toString(), "--json");
    assertThat(DocumentJson.mapper().readTree(analyzed.out()).get("id").asText())
        .isEqualTo(firstId);
    JsonNode french = result.get("facets").get("language").get(0);
    assertThat(french.get("value").asText()).isEqualTo("fra");
    assertThat(french.get("count").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(result.get("query").asText()).isEqualTo("MINUSMA blogueurs");

    Run table = vigie("search", "MINUSMA blogueurs", "--data", data());
    assertThat(table.out()).containsPattern("^\\d+ documents? \\(").contains(firstId);
  }

  @Test
  void userErrorsExitWithTwoAndNoStackTrace() {
    Run missing = vigie("ingest", work.resolve("nope").toString(), "--data", data());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .contains("n'existe pas")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");

    Run badQuery = vigie("search", "\"unclosed", "--data", data());
    assertThat(badQuery.exit()).isEqualTo(2);
    assertThat(badQuery.err()).contains("never closed").doesNotContain("\tat ");

    Run badOption = vigie("search", "x", "--sort", "SIDEWAYS", "--data", data());
    assertThat(badOption.exit()).isEqualTo(2);
  }

  @Test
  void englishMessagesOnRequest() {
    Run run = vigie("ingest", SEEDS.toString(), "--data", data(), "--lang", "en");
    assertThat(run.err()).contains("5 documents added");
  }

  @Test
  void hostileFilesAreReportedWithPathAndCauseAndTheRestIsIngested() throws Exception {
    Path batch = work.resolve("batch");
    Files.createDirectories(batch);
    for (Path seed : Files.list(SEEDS).toList()) {
      Files.copy(seed, batch.resolve(seed.getFileName()));
    }
    Path junk = batch.resolve("junk.txt");
    byte[] random = new byte[64 * 1024];
    new Random(7).nextBytes(random);
    Files.write(junk, random);
    Path truncated = batch.resolve("article.html.gz");
    Files.write(
        truncated,
        truncatedGzip("<html><body><p>" + "Bamako. ".repeat(5000) + "</p></body></html>"));
    Path huge = batch.resolve("huge.txt");
    try (OutputStream o = Files.newOutputStream(huge)) {
      byte[] line = "une très longue ligne sans fin ".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        o.write(line);
      }
    }
    Path latin1 = batch.resolve("latin1.txt");
    Files.write(
        latin1,
        "Les élections législatives au Mali auront lieu le 29 mars prochain à Bamako et à Gao."
            .getBytes(StandardCharsets.ISO_8859_1));
    Path warc = batch.resolve("broken.warc");
    Files.writeString(warc, brokenWarc(), StandardCharsets.ISO_8859_1);

    Run run = vigie("ingest", batch.toString(), "--data", data());
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("junk.txt")
        .contains("BINARY")
        .contains("article.html.gz")
        .contains("CORRUPT_COMPRESSION")
        .contains("huge.txt")
        .contains("TOO_LARGE")
        .contains("latin1.txt")
        .contains("ENCODING")
        .contains("broken.warc")
        .doesNotContain("\tat ");
    Run count = vigie("search", "", "--json", "--data", data());
    JsonNode result = DocumentJson.mapper().readTree(count.out());
    // the five seeds, the latin-1 text (read with a warning) and the WARC's good record
    assertThat(result.get("total").asLong()).isEqualTo(7);
  }

  private static byte[] truncatedGzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    return Arrays.copyOf(all, all.length / 2);
  }

  /** A WARC with one good response record, then one whose Content-Length overruns the file. */
  private static String brokenWarc() {
    String html =
        "<html><head><title>Gao : la radio communautaire reprend</title></head><body><article>"
            + "<p>La radio communautaire de Gao a repris ses émissions après trois mois de silence,"
            + " a annoncé son directeur, qui remercie les auditeurs de leur patience.</p>"
            + "</article></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
    int length = http.getBytes(StandardCharsets.UTF_8).length;
    String good =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/gao\r\n"
            + "WARC-Date: 2024-05-01T10:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:6f1c9a52-0d0e-4c39-9d57-2b8f5d1a0001>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + length
            + "\r\n\r\n"
            + http
            + "\r\n\r\n";
    String broken =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
            + "WARC-Date: 2024-05-01T10:00:01Z\r\n"
            + "WARC-Record-ID: <urn:uuid:6f1c9a52-0d0e-4c39-9d57-2b8f5d1a0002>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: 999999\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>cut";
    return new String(good.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + broken;
  }
}
