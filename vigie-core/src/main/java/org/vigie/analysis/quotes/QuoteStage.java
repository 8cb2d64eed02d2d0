package org.vigie.analysis.quotes;

import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;

/**
 * The {@code quotes} stage: quotations and reported speech of French documents, with their speakers
 * ({@link QuoteExtractor}). Runs after {@code entities}, whose people it needs; documents in other
 * languages are left without quotes, as they are without entities.
 */
public final class QuoteStage implements Stage {
  public static final String NAME = "quotes";

  private final QuoteExtractor extractor;

  public QuoteStage(QuoteExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void process(DocumentDraft draft) {
    AnalyzedDocument.Builder doc = draft.document();
    if (doc.text() == null || !"fra".equals(doc.language())) {
      return;
    }
    doc.quotes(extractor.extract(doc.text(), draft.tokens(), doc.entities()));
  }
}
