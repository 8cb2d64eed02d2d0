package org.vigie.analysis.ner;

import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;

/**
 * The {@code entities} stage: people, organisations and places of French documents ({@link
 * EntityExtractor}). Documents in other languages are left without entities: the model and the
 * rules are French. Runs after {@code language}.
 */
public final class EntityStage implements Stage {
  private final EntityExtractor extractor;

  public EntityStage(EntityExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public void process(DocumentDraft draft) {
    AnalyzedDocument.Builder doc = draft.document();
    if (doc.text() == null || !"fra".equals(doc.language())) {
      return;
    }
    doc.entities(extractor.extract(doc.text(), draft.sentences()));
  }
}
