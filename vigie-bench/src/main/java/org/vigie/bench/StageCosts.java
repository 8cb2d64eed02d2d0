package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.RawDocument;

/**
 * JMH measurements of what each analysis stage and the store cost per document, on documents of the
 * generated benchmark corpus (originals, syndicated copies and posts, {@link CorpusGenerator}).
 *
 * <p>Stages depend on the ones before them (entities read the language, identity the text), so a
 * stage is not timed alone: {@link #analyze} runs the first {@code stages} standard stages on fresh
 * drafts, and a stage's cost is the difference between two consecutive prefixes ({@link
 * StageCostsMain} does the subtraction). {@link StoreCost} times the store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StageCosts {
  /** Documents per invocation; the score is per document. */
  static final int DOCUMENTS = 500;

  /** How many of the standard stages run ({@link Stages#STANDARD}, in order). */
  @Param({"1", "2", "3", "4", "5", "6", "7"})
  public int stages;

  private List<RawDocument> documents;
  private List<Stage> prefix;

  @Setup
  public void prepare() throws IOException {
    documents = corpus();
    prefix = Stages.named(Stages.STANDARD.subList(0, stages)).stages();
  }

  /** The first {@link #DOCUMENTS} documents of the seed-1 corpus, from {@code vigie.shared}. */
  static List<RawDocument> corpus() throws IOException {
    Path shared = Path.of(System.getProperty("vigie.shared", "../shared"));
    CorpusGenerator generator = new CorpusGenerator(SourceArticles.read(shared), 1);
    List<RawDocument> out = new ArrayList<>(DOCUMENTS);
    for (long i = 0; i < DOCUMENTS; i++) {
      out.add(BenchIndex.raw(generator.document(i)));
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void analyze(Blackhole sink) {
    for (RawDocument raw : documents) {
      DocumentDraft draft = new DocumentDraft(raw);
      try {
        for (Stage stage : prefix) {
          stage.process(draft);
        }
      } catch (DocumentRejectedException e) {
        sink.consume(e);
      }
      sink.consume(draft);
    }
  }
}
