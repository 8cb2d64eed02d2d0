package org.vigie.archive.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.document.DocumentJson;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.SearchRequest;
import org.vigie.store.lucene.LuceneIndex;

/** CSV and JSONL exports of a real index. */
class DocumentExporterTest {
  @TempDir Path folder;

  @Test
  void csvFieldsAreQuotedAsRfc4180SaysAndFormulasDefused() {
    assertThat(CsvRow.of(List.of("a", "b,c", "say \"hi\"", "two\nlines")))
        .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    assertThat(CsvRow.field("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvRow.field("+33 1")).isEqualTo("'+33 1");
    assertThat(CsvRow.field("-2")).isEqualTo("'-2");
    assertThat(CsvRow.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvRow.field("Paix à Gao")).isEqualTo("Paix à Gao");
    assertThat(CsvRow.of(Arrays.asList(null, ""))).isEqualTo(",\r\n");
  }

  @Test
  void exportsEveryMatchAsCsvWithABomAndAsJsonl() throws Exception {
    try (LuceneIndex index = LuceneIndex.open(folder)) {
      ArchiveWriter writer = ArchiveWriter.standard(index);
      String text = "=1+2 Le texte, avec \"guillemets\"\net un saut de ligne à Gao.";
      AnalyzedDocument doc =
          AnalyzedDocument.builder()
              .id(ContentId.ofText(text))
              .title("<script>alert(1)</script>")
              .text(text)
              .language("fra")
              .sourceId("test")
              .contentType("text/plain")
              .entities(
                  List.of(
                      new Entity("Gao", EntityType.LOC, "Gao", 0, 0),
                      new Entity("Awa", EntityType.PER, "Awa Diallo", 0, 0)))
              .build();
      writer.add(doc);
      writer.add(doc.toBuilder().id(ContentId.ofText("autre")).text("autre").title("B").build());
      index.commit();

      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      long rows =
          new DocumentExporter(ResultFormat.CSV).export(index, SearchRequest.of("gao"), csv);
      assertThat(rows).isEqualTo(1);
      byte[] bytes = csv.toByteArray();
      assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
          .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      String body = csv.toString(StandardCharsets.UTF_8).substring(1);
      assertThat(body)
          .startsWith(String.join(",", DocumentExporter.CSV_COLUMNS) + "\r\n")
          .contains(doc.id() + ",<script>alert(1)</script>,")
          .contains(",Awa Diallo,,Gao,")
          .endsWith(",\"'=1+2 Le texte, avec \"\"guillemets\"\" et un saut de ligne à Gao.\",\r\n");

      ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
      assertThat(
              new DocumentExporter(ResultFormat.JSONL).export(index, SearchRequest.of(""), jsonl))
          .isEqualTo(2);
      List<String> lines = jsonl.toString(StandardCharsets.UTF_8).lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.stream().map(DocumentJson::read).map(AnalyzedDocument::id))
          .contains(doc.id());
    }
  }

  @Test
  void namesTheBadFormat() {
    Assertions.assertThatThrownBy(() -> ResultFormat.parse("xls")).hasMessageContaining("'xls'");
  }
}
