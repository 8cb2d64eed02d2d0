package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.collect.FileCollector;
import org.vigie.collect.fetch.InMemoryFetchMemory;
import org.vigie.collect.fetch.TestWebServer;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.RawDocument;

/**
 * Fetched responses kept as WARC: the records are evidence (request and response, date, target,
 * digests), and ingesting the WARC files with the file ingest rebuilds the same documents.
 */
class WarcArchiveIT {
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

  private List<RawDocument> collect(String id, SourceKind kind, String path) {
    Source source = WebSources.source(id, kind, server.url(path), Map.of());
    CollectedSink sink = WebSources.run(source, new InMemoryFetchMemory(), data.resolve("warc"));
    return sink.documents;
  }

  @Test
  void everyExchangeIsArchivedAsARequestAndAResponseWithDigests() throws Exception {
    collect("republicain-nord", SourceKind.SITEMAP, "/sitemaps/news-index.xml");

    List<Path> files = warcFiles(data.resolve("warc/republicain-nord"));
    assertThat(files).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".warc.gz"));
    List<WarcRecord> records = new ArrayList<>();
    List<String> responseTargets = new ArrayList<>();
    try (WarcReader reader = new WarcReader(files.get(0))) {
      for (WarcRecord record : reader) {
        records.add(record);
        if (record instanceof WarcResponse response) {
          responseTargets.add(response.target());
          assertThat(response.date()).isNotNull();
          assertThat(response.ipAddress()).isPresent();
          assertThat(response.concurrentTo()).isNotEmpty();
          byte[] payload = response.http().body().stream().readAllBytes();
          assertThat(response.payloadDigest()).contains(sha1(payload));
          assertThat(response.blockDigest()).isPresent();
        }
      }
    }
    // robots.txt, the index, two sitemaps and three pages: 7 requests and 7 responses
    assertThat(records).filteredOn(r -> r instanceof WarcRequest).hasSize(7);
    assertThat(responseTargets)
        .hasSize(7)
        .contains(
            server.url("/robots.txt"),
            server.url("/sitemaps/news-2.xml.gz"),
            server.url("/pages/kayes-orpaillage.html"));
  }

  @Test
  void ingestingTheWarcFilesRebuildsTheSameDocuments() throws IOException {
    List<RawDocument> fetched = new ArrayList<>();
    fetched.addAll(collect("republicain-nord", SourceKind.SITEMAP, "/sitemaps/news-index.xml"));
    fetched.addAll(collect("bamako-direct", SourceKind.FEED, "/gzip/feeds/bamako-direct.atom"));
    assertThat(fetched).hasSize(5);

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

    Pipeline identity = Stages.named(List.of("extract", "identity"));
    List<String> fetchedIds = fetched.stream().map(d -> identity.analyze(d).id()).toList();
    List<String> warcIds = fromWarc.stream().map(d -> identity.analyze(d).id()).toList();
    assertThat(warcIds).containsExactlyInAnyOrderElementsOf(fetchedIds);
    assertThat(fromWarc)
        .extracting(RawDocument::url)
        .containsExactlyInAnyOrderElementsOf(fetched.stream().map(RawDocument::url).toList());
  }

  private static List<Path> warcFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static WarcDigest sha1(byte[] bytes) throws Exception {
    return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
  }
}
