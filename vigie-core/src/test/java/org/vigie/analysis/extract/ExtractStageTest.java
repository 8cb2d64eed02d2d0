package org.vigie.analysis.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.Fixtures;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

class ExtractStageTest {
  private final ExtractStage stage = new ExtractStage();

  @Test
  void plainTextSeedGetsTitleDateAndText() throws IOException {
    DocumentDraft draft = run(raw(RawDocument.TEXT, seed002(), null, Map.of()));
    AnalyzedDocument doc = draft.document().id("test").build();
    assertThat(stage.name()).isEqualTo("extract");
    assertThat(doc.title()).startsWith("Journée des médias sociaux de l’ONU");
    assertThat(doc.published()).isEqualTo("2015-01-30");
    assertThat(doc.site()).isEqualTo("OSIRIS");
    assertThat(doc.text()).startsWith("Des ambassadeurs").doesNotContain("Fil d'actu");
    assertThat(doc.contentType()).isEqualTo(RawDocument.TEXT);
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void hintsWinOverWhatTheTextSays() throws IOException {
    Map<String, String> hints =
        Map.of(
            RawDocument.Hint.TITLE, "Titre donné par le flux",
            RawDocument.Hint.PUBLISHED, "2015-01-31 10:00:00",
            RawDocument.Hint.SITE, "Osiris Sénégal");
    AnalyzedDocument doc =
        run(raw(RawDocument.TEXT, seed002(), null, hints)).document().id("test").build();
    assertThat(doc.title()).isEqualTo("Titre donné par le flux");
    assertThat(doc.published()).isEqualTo("2015-01-31T10:00:00Z");
    assertThat(doc.site()).isEqualTo("Osiris Sénégal");
  }

  @Test
  void unreadablePublishedHintIsAWarningAndTheExtractedDateStays() throws IOException {
    Map<String, String> hints = Map.of(RawDocument.Hint.PUBLISHED, "hier soir");
    DocumentDraft draft = run(raw(RawDocument.TEXT, seed002(), null, hints));
    assertThat(draft.document().id("test").build().published()).isEqualTo("2015-01-30");
    assertThat(draft.warnings())
        .extracting(IngestError::cause)
        .containsExactly(ErrorCause.MALFORMED_RECORD);
  }

  @Test
  void htmlFillsTheUrlOnlyWhenTheCollectorHadNone() throws IOException {
    byte[] page = Files.readAllBytes(Path.of("src/test/resources/extract/html/news-article.html"));
    AnalyzedDocument withoutUrl =
        run(raw(RawDocument.HTML, page, null, Map.of())).document().id("test").build();
    assertThat(withoutUrl.url())
        .isEqualTo("https://www.quotidien-sahel.example/politique/2024/03/cena-observateurs");
    assertThat(withoutUrl.author()).isEqualTo("Awa Ndiaye, Moussa Sarr");
    AnalyzedDocument withUrl =
        run(raw(RawDocument.HTML, page, "https://archive.example/1", Map.of()))
            .document()
            .id("test")
            .build();
    assertThat(withUrl.url()).isEqualTo("https://archive.example/1");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() {
    byte[] bytes =
        "Les enseignants de Kédougou ont repris les cours lundi après trois semaines de grève."
            .getBytes(TextDecoder.WINDOWS_1252);
    DocumentDraft draft = run(raw(RawDocument.TEXT, bytes, null, Map.of()));
    assertThat(draft.document().id("test").build().text()).contains("Kédougou");
    assertThat(draft.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.cause()).isEqualTo(ErrorCause.ENCODING);
              assertThat(w.message())
                  .isEqualTo("not valid UTF-8 (byte offset 20); read as windows-1252");
            });
  }

  @Test
  void binaryAndEmptyDocumentsAreRejected() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThatThrownBy(() -> run(raw(RawDocument.HTML, png, null, Map.of())))
        .isInstanceOfSatisfying(
            DocumentRejectedException.class,
            e -> assertThat(e.errorCause()).isEqualTo(ErrorCause.BINARY));
    byte[] empty = "<html><body><nav><a href='/'>Accueil</a></nav></body></html>".getBytes(UTF_8);
    assertThatThrownBy(() -> run(raw(RawDocument.HTML, empty, null, Map.of())))
        .isInstanceOfSatisfying(
            DocumentRejectedException.class,
            e -> assertThat(e.errorCause()).isEqualTo(ErrorCause.NO_TEXT));
  }

  private DocumentDraft run(RawDocument raw) {
    DocumentDraft draft = new DocumentDraft(raw);
    stage.process(draft);
    return draft;
  }

  private static RawDocument raw(
      String type, byte[] content, String url, Map<String, String> hints) {
    return new RawDocument("test:1", "test", url, Instant.EPOCH, type, null, content, hints);
  }

  private static byte[] seed002() throws IOException {
    return Files.readAllBytes(Fixtures.seeds().resolve("002_41596a7e5f64fe2f.txt"));
  }
}
