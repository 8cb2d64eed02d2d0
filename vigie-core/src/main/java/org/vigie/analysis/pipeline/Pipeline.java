package org.vigie.analysis.pipeline;

import java.util.List;
import java.util.Objects;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Runs a fixed list of stages over each document. Thread-safe when its stages are.
 *
 * <p>The first stage must give the draft its text and the last must give it an id; {@code
 * Stages.standard()}, one package up, builds the usual list.
 */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    if (this.stages.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one stage");
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Analyses one raw document.
   *
   * @throws DocumentRejectedException when a stage rejects it
   */
  public AnalyzedDocument analyze(RawDocument raw) {
    return run(raw).document();
  }

  /**
   * Analyses one raw document and keeps the warnings its stages raised.
   *
   * @throws DocumentRejectedException when a stage rejects it
   */
  public Analysis run(RawDocument raw) {
    Objects.requireNonNull(raw, "raw");
    DocumentDraft draft = new DocumentDraft(raw);
    for (Stage stage : stages) {
      stage.process(draft);
    }
    return new Analysis(draft.document().build(), draft.warnings());
  }

  /** A finished document and the warnings raised while analysing it. */
  public record Analysis(AnalyzedDocument document, List<IngestError> warnings) {}
}
