package org.vigie.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.platform.ExportCollector;
import org.vigie.collect.platform.ExportOptions;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.collect.platform.RecordKind;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;
import org.vigie.link.topics.TopicShares;
import org.vigie.link.topics.TopicTagger;

/**
 * A table of labelled news articles (MasakhaNEWS: {@code category}, {@code headline}, {@code text},
 * {@code url}, tab-separated) read exactly as {@code vigie ingest --format csv --as article --map
 * text=text --map title=headline --map url=url} reads it, analysed by the standard pipeline and
 * tagged by the topics: what the archive would hold. Copies (the same content id) count once, as in
 * the archive. The section of each article is its row's {@code category}, found by URL.
 */
final class NewsArticles {
  static final Path DEFAULT_FOLDER = Path.of("../shared/corpus/masakhanews-fr");
  static final List<String> FILES = List.of("dev.tsv", "test.tsv");
  static final List<String> MAPPING = List.of("text=text", "title=headline", "url=url");

  /** What was read: rows, articles kept, copies, rejections, and the tagged articles. */
  record Read(
      int rows, int copies, List<IngestError> rejected, List<TopicShares.Tagged> articles) {}

  private NewsArticles() {}

  /** The folder's tables, or none when the folder does not hold them. */
  static List<Path> files(Path folder) {
    List<Path> files = FILES.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
    return files.size() == FILES.size() ? files : List.of();
  }

  static Read read(List<Path> files, TopicTagger tagger) throws IOException {
    Map<String, String> sections = new HashMap<>();
    int rows = 0;
    for (Path f : files) {
      rows += sections(f, sections);
    }
    ExportOptions options =
        new ExportOptions(PlatformFormat.CSV, MAPPING, null, null, RecordKind.ARTICLE);
    Pipeline pipeline = Stages.standard();
    Tagging sink = new Tagging(pipeline, tagger, sections);
    new ExportCollector(
            PlatformFormat.CSV, options.reader(), files, "masakhanews", Clock.systemUTC())
        .collect(sink, CollectProgress.NONE);
    return new Read(rows, sink.copies, List.copyOf(sink.rejected), List.copyOf(sink.articles));
  }

  /** Adds each row's category by URL; answers the rows read. */
  private static int sections(Path file, Map<String, String> sections) throws IOException {
    CSVFormat tsv =
        CSVFormat.RFC4180.builder().setDelimiter('\t').setHeader().setSkipHeaderRecord(true).get();
    int rows = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : tsv.parse(in)) {
        rows++;
        if (r.isMapped("url") && r.isMapped("category")) {
          sections.put(r.get("url").strip(), r.get("category").strip());
        }
      }
    }
    return rows;
  }

  /** Analyses and tags each article as the archive would, once per content id. */
  private static final class Tagging implements DocumentSink {
    private final Pipeline pipeline;
    private final TopicTagger tagger;
    private final Map<String, String> sections;
    private final Set<String> seen = new HashSet<>();
    final List<TopicShares.Tagged> articles = new ArrayList<>();
    final List<IngestError> rejected = new ArrayList<>();
    int copies;

    Tagging(Pipeline pipeline, TopicTagger tagger, Map<String, String> sections) {
      this.pipeline = pipeline;
      this.tagger = tagger;
      this.sections = sections;
    }

    @Override
    public void accept(RawDocument raw) {
      AnalyzedDocument doc;
      try {
        doc = pipeline.analyze(raw);
      } catch (DocumentRejectedException e) {
        rejected.add(IngestError.skipped(raw.origin(), e.errorCause(), e.getMessage()));
        return;
      }
      if (!seen.add(doc.id())) {
        copies++;
        return;
      }
      String section = raw.url() == null ? "" : sections.getOrDefault(raw.url(), "");
      articles.add(new TopicShares.Tagged(section, doc.title(), tagger.topicsOf(doc)));
    }

    @Override
    public void reject(IngestError error) {
      rejected.add(error);
    }
  }
}
