package org.vigie.analysis.nlp.dates;

import java.time.LocalDate;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;

/**
 * Fills the document's dates with {@link DateExtractor}, resolved against the publication day (UTC)
 * when the document has one; relative expressions stay unresolved otherwise. Runs after the text
 * and the publication time are final. Stateless and thread-safe.
 */
public final class DateStage implements Stage {
  public static final String NAME = "dates";
  private final DateExtractor extractor = new DateExtractor();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void process(DocumentDraft draft) {
    AnalyzedDocument.Builder doc = draft.document();
    if (doc.text() != null) {
      doc.dates(extractor.extract(doc.text(), draft.lexemes(), reference(doc.published())));
    }
  }

  private static LocalDate reference(String published) {
    String canonical = PublishedTime.tryNormalize(published);
    return canonical == null ? null : PublishedTime.toDate(canonical);
  }
}
