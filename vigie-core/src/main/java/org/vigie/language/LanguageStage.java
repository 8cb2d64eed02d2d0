package org.vigie.language;

import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;
import org.vigie.pipeline.DocumentDraft;
import org.vigie.pipeline.Stage;

/**
 * Sets the document's language: the one its input declared (a JSONL {@code language} key), or else
 * the detector's guess on the title and text.
 */
public final class LanguageStage implements Stage {
  private final LanguageDetector detector;

  public LanguageStage(LanguageDetector detector) {
    this.detector = detector;
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public void process(DocumentDraft draft) {
    String declared = draft.raw().hint(RawDocument.Hint.LANGUAGE);
    if (declared != null && declared.length() == 3) {
      draft.document().language(declared);
      return;
    }
    AnalyzedDocument.Builder doc = draft.document();
    String title = doc.title() == null ? "" : doc.title() + "\n";
    String text = doc.text() == null ? "" : doc.text();
    doc.language(detector.detect(title + text).code());
  }
}
