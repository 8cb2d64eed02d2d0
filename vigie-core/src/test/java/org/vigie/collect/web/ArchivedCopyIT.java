package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.collect.FileCollector;
import org.vigie.collect.fetch.InMemoryFetchMemory;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ArchivedCopy;
import org.vigie.document.DocumentJson;
import org.vigie.document.RawDocument;

/**
 * Each collected document knows the WARC response record it was extracted from (file relative to
 * the data folder, offset, date, target, digest), and that record is found again at that offset;
 * documents ingested from the WARC files know it too.
 */
class ArchivedCopyIT {
  @TempDir Path data;
  private TestWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestWebServer("fetch");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void collectedDocumentsPointAtTheirResponseRecord() throws Exception {
    Source source =
        WebSources.source(
            "republicain-nord",
            SourceKind.SITEMAP,
            server.url("/sitemaps/news-index.xml"),
            Map.of());
    List<RawDocument> documents =
        WebSources.run(source, new InMemoryFetchMemory(), data.resolve("warc")).documents;
    assertThat(documents).hasSize(3);
    Pipeline extract = Stages.named(List.of("extract", "identity"));
    for (RawDocument raw : documents) {
      ArchivedCopy copy = ArchivedCopy.fromHints(raw.hints());
      assertThat(copy).as(raw.origin()).isNotNull();
      assertThat(copy.file()).startsWith("warc/republicain-nord/").endsWith(".warc.gz");
      assertThat(copy.uri()).isEqualTo(raw.origin());
      assertThat(copy.date()).isNotNull();
      assertThat(copy.digest()).startsWith("sha1:");
      try (FileChannel channel = FileChannel.open(data.resolve(copy.file()));
          WarcReader reader = new WarcReader(channel.position(copy.offset()))) {
        WarcRecord record = reader.next().orElseThrow();
        assertThat(record).isInstanceOf(WarcResponse.class);
        WarcResponse response = (WarcResponse) record;
        assertThat(response.target()).isEqualTo(copy.uri());
        assertThat(response.date()).isEqualTo(copy.date());
        assertThat(response.payloadDigest().orElseThrow().prefixedBase32())
            .isEqualTo(copy.digest());
        assertThat(response.http().body().stream().readAllBytes()).isEqualTo(raw.content());
      }
      AnalyzedDocument doc = extract.analyze(raw);
      assertThat(doc.archived()).isEqualTo(copy);
      assertThat(DocumentJson.read(DocumentJson.write(doc)).archived()).isEqualTo(copy);
    }

    List<RawDocument> fromWarc = new ArrayList<>();
    new FileCollector("warc", Clock.systemUTC())
        .collect(
            List.of(data.resolve("warc")),
            new CollectedSink() {
              @Override
              public void accept(RawDocument document) {
                fromWarc.add(document);
              }
            });
    assertThat(fromWarc).hasSize(3);
    for (RawDocument raw : fromWarc) {
      ArchivedCopy copy = ArchivedCopy.fromHints(raw.hints());
      assertThat(copy).as(raw.origin()).isNotNull();
      assertThat(raw.origin()).endsWith("@" + copy.offset());
      assertThat(Path.of(copy.file())).startsWith(data.resolve("warc"));
      assertThat(copy.uri()).isEqualTo(raw.url());
      assertThat(documents)
          .anySatisfy(
              d ->
                  assertThat(ArchivedCopy.fromHints(d.hints()))
                      .isNotNull()
                      .extracting(ArchivedCopy::offset, ArchivedCopy::digest)
                      .containsExactly(copy.offset(), copy.digest()));
    }
  }
}
