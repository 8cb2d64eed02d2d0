package org.vigie.analysis.pipeline;

/**
 * One step of document analysis. A stage reads what earlier stages put in the draft and adds its
 * own findings; it never removes another stage's work.
 *
 * <p>Stages are created once and called from several threads at a time: keep per-document state in
 * the draft, not in fields.
 */
public interface Stage {

  /** The name configuration uses for this stage ({@code extract}, {@code language}…). */
  String name();

  /**
   * Analyses one document.
   *
   * @throws DocumentRejectedException when the document cannot be analysed (no text, binary
   *     content): the pipeline reports it and the batch goes on
   */
  void process(DocumentDraft draft);
}
