package org.vigie.analysis.nlp.dates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DateMention;
import org.vigie.document.PublishedTime;

/**
 * Fills the document's dates with {@link DateExtractor}, resolved against the publication day (UTC)
 * when the document has one, else against the day it was collected ("les 6 et 7 décembre derniers"
 * in a page collected on 10 December); relative expressions stay unresolved when neither is known.
 * A document without a publication date takes the one its first lines give (a {@link Dateline}).
 * Runs after the text and the publication time are final. Stateless and thread-safe.
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
    if (doc.text() == null) {
      return;
    }
    LocalDate published = reference(doc.published());
    LocalDate collected =
        doc.fetchedAt() == null ? null : doc.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
    List<DateMention> dates =
        extractor.extract(doc.text(), draft.lexemes(), published != null ? published : collected);
    if (published == null) {
      LocalDate dateline = Dateline.of(doc.text(), dates, collected);
      if (dateline != null) {
        doc.published(dateline.toString());
        dates = extractor.extract(doc.text(), draft.lexemes(), dateline);
      }
    }
    doc.dates(dates);
  }

  private static LocalDate reference(String published) {
    String canonical = PublishedTime.tryNormalize(published);
    return canonical == null ? null : PublishedTime.toDate(canonical);
  }
}
