package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.collect.Fixtures.name;
import static org.vigie.collect.Fixtures.path;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

class JsonlFormatTest {
  @TempDir Path temp;

  private final RecordingSink sink = new RecordingSink();

  @Test
  void readsGoodLinesAndReportsEachBadLineWithItsNumber() {
    Fixtures.collector().collect(List.of(path("jsonl", "articles.jsonl")), sink);

    String file = name("jsonl", "articles.jsonl");
    assertThat(sink.origins()).containsExactly(file + ":1", file + ":2", file + ":8", file + ":9");
    assertThat(sink.errorKeys())
        .containsExactly(
            file + ":4 MALFORMED_RECORD",
            file + ":5 MALFORMED_RECORD",
            file + ":6 MALFORMED_RECORD",
            file + ":7 ENCODING");
    assertThat(sink.errors)
        .extracting(IngestError::message)
        .containsExactly(
            "invalid JSON: Unexpected end-of-input: expected close marker for Object at column 71",
            "expected a JSON object, got array",
            "no 'html' or 'text' string field",
            "line is not valid UTF-8");
  }

  @Test
  void takesUrlHintsAndContentFromTheObject() {
    Fixtures.collector().collect(List.of(path("jsonl", "articles.jsonl")), sink);

    String file = name("jsonl", "articles.jsonl");
    assertThat(sink.documents.get(0))
        .isEqualTo(
            new RawDocument(
                file + ":1",
                Fixtures.SOURCE,
                "https://www.lesoleil.example/2025/03/dakar-budget",
                Fixtures.NOW,
                RawDocument.HTML,
                "UTF-8",
                utf8("<html><body><p>L'Assemblée nationale a adopté le budget.</p></body></html>"),
                Map.of(
                    "title", "Dakar : le budget 2025 adopté",
                    "published", "2025-03-14T09:30:00Z",
                    "author", "Aminata Diop",
                    "site", "Le Soleil",
                    "language", "fr")));
    RawDocument text = sink.documents.get(1);
    assertThat(text.contentType()).isEqualTo(RawDocument.TEXT);
    assertThat(text.url()).isEqualTo("https://www.fratmat.example/pluies");
    assertThat(text.hints())
        .isEqualTo(Map.of("title", "Abidjan sous la pluie", "published", "1741944600"));
  }

  @Test
  void prefersHtmlOverTextAndReadsALastLineWithoutNewline() {
    Fixtures.collector().collect(List.of(path("jsonl", "articles.jsonl")), sink);

    RawDocument both = sink.documents.get(2);
    assertThat(both.contentType()).isEqualTo(RawDocument.HTML);
    assertThat(both.content()).isEqualTo(utf8("<p>Texte court</p>"));
    assertThat(both.url()).isNull();
    assertThat(both.hints()).isEqualTo(Map.of("language", "fr"));
    assertThat(sink.documents.get(3).content())
        .isEqualTo(utf8("Dernière ligne sans fin de ligne à Nouakchott."));
  }

  @Test
  void readsGzippedJsonLines() {
    Fixtures.collector().collect(List.of(path("jsonl", "agences.jsonl.gz")), sink);

    String file = name("jsonl", "agences.jsonl.gz");
    assertThat(sink.origins()).containsExactly(file + ":1", file + ":2");
    assertThat(sink.documents)
        .extracting(RawDocument::url)
        .containsExactly("https://www.aib.example/agriculture", "https://www.aps.example/peche");
    assertThat(sink.documents)
        .extracting(RawDocument::contentType)
        .containsExactly(RawDocument.TEXT, RawDocument.HTML);
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void skipsAHugeLineWithoutKeepingItAndReadsTheLinesAround() throws IOException {
    Path file = temp.resolve("huge.ndjson");
    int hugeText = 50 * 1024 * 1024;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(utf8("{\"text\": \"Avant : Dakar.\"}\n{\"text\": \""));
      byte[] block = new byte[1024 * 1024];
      Arrays.fill(block, (byte) 'a');
      for (int written = 0; written < hugeText; written += block.length) {
        out.write(block);
      }
      out.write(utf8("\"}\n{\"text\": \"Après : Bamako.\"}\n"));
    }

    Fixtures.collector().collect(List.of(file), sink);

    assertThat(sink.origins()).containsExactly(file + ":1", file + ":3");
    assertThat(sink.errors)
        .containsExactly(
            IngestError.skipped(
                file + ":2",
                ErrorCause.TOO_LARGE,
                "line is " + (hugeText + 12) + " bytes, over the limit of 8388608 bytes"));
  }

  @Test
  void reportsBlankContentAsNoText() throws IOException {
    Path file = temp.resolve("blank.jsonl");
    Files.writeString(file, "{\"text\": \"   \", \"html\": \"\"}\n{\"text\": 42}\n");

    Fixtures.collector().collect(List.of(file), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errorKeys()).containsExactly(file + ":1 NO_TEXT", file + ":2 MALFORMED_RECORD");
  }

  @Test
  void rejectsTrailingGarbageAfterTheObject() throws IOException {
    Path file = temp.resolve("trailing.jsonl");
    Files.writeString(
        file, "\uFEFF{\"text\": \"Lomé\"} {\"text\": \"Kara\"}\n{\"text\": \"Sokodé\"}\n");

    Fixtures.collector().collect(List.of(file), sink);

    assertThat(sink.origins()).containsExactly(file + ":2");
    assertThat(sink.errorKeys()).containsExactly(file + ":1 MALFORMED_RECORD");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
