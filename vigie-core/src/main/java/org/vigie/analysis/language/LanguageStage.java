package org.vigie.analysis.language;

import java.util.regex.Pattern;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;

/**
 * Sets the document's language: the one its input declared (a JSONL {@code language} key), or else
 * the detector's guess on the title and text. A post's URLs, {@code @handles} and {@code #hashtags}
 * are left out of the guess: in a 10-word post they would outweigh the words.
 */
public final class LanguageStage implements Stage {
  private static final Pattern PLATFORM_TOKENS =
      Pattern.compile("(?:https?://|www\\.)\\S+|[@#][\\p{L}\\p{N}_]+");
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
    if (draft.raw().isPost()) {
      text = PLATFORM_TOKENS.matcher(text).replaceAll(" ");
    }
    doc.language(detector.detect(title + text).code());
  }
}
