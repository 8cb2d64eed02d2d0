package org.vigie.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;
import org.vigie.link.ArchiveWriter;
import org.vigie.store.lucene.LuceneIndex;

/**
 * JMH measurement of the store's cost per document: {@link LuceneIndex#add} (near-duplicate
 * signature and lookup, story assignment, indexing) and the final commit, for the analysed
 * documents of {@link StageCosts#corpus()} added to an index that starts empty at each invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreCost {
  private List<AnalyzedDocument> analyzed;
  private Path folder;
  private LuceneIndex index;
  private ArchiveWriter writer;

  @Setup
  public void analyzeOnce() throws IOException {
    Pipeline pipeline = Stages.standard();
    analyzed = new ArrayList<>();
    for (RawDocument raw : StageCosts.corpus()) {
      try {
        analyzed.add(pipeline.analyze(raw));
      } catch (DocumentRejectedException e) {
        // a generated text extraction finds empty: not a document, as in an ingest
      }
    }
  }

  @Setup(Level.Invocation)
  public void freshIndex() throws IOException {
    folder = Files.createTempDirectory("vigie-jmh-store");
    index = LuceneIndex.open(folder);
    writer = ArchiveWriter.standard(index);
  }

  @TearDown(Level.Invocation)
  public void dropIndex() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  @Benchmark
  @OperationsPerInvocation(StageCosts.DOCUMENTS)
  public void store(Blackhole sink) {
    for (AnalyzedDocument doc : analyzed) {
      sink.consume(writer.add(doc));
    }
    index.commit();
  }
}
