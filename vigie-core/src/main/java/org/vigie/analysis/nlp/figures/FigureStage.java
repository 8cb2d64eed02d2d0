package org.vigie.analysis.nlp.figures;

import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;

/** Fills the document's figures with {@link FigureExtractor}. Stateless and thread-safe. */
public final class FigureStage implements Stage {
  public static final String NAME = "figures";
  private final FigureExtractor extractor = new FigureExtractor();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void process(DocumentDraft draft) {
    AnalyzedDocument.Builder doc = draft.document();
    if (doc.text() != null) {
      doc.figures(extractor.extract(doc.text(), draft.lexemes()));
    }
  }
}
