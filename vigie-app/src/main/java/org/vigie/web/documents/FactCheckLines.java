package org.vigie.web.documents;

import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ClaimReview;
import org.vigie.document.Signal;
import org.vigie.web.page.WebText;

/**
 * The fact-checks a document carries, as the document page shows them: "vérifié : faux — Africa
 * Check, 12 mars", linking to the fact-check, with the claim and how it was matched.
 */
final class FactCheckLines {
  private FactCheckLines() {}

  static List<DocumentView.FactCheck> of(AnalyzedDocument d, WebText t) {
    return d.signals().stream()
        .filter(s -> s.kind().equals(Signal.CLAIM) && s.factCheck() != null)
        .map(s -> line(s, t))
        .toList();
  }

  private static DocumentView.FactCheck line(Signal s, WebText t) {
    ClaimReview r = s.factCheck();
    String reviewer = r.reviewer() == null ? t.t("factcheck.unknownReviewer") : r.reviewer();
    String verdict =
        r.reviewed() == null
            ? t.t("factcheck.verdictUndated", s.label(), reviewer)
            : t.t("factcheck.verdict", s.label(), reviewer, t.day(r.reviewed()));
    String method = s.categories().isEmpty() ? "restated" : s.categories().get(0);
    String how = t.t("factcheck.how." + method) + ", " + Math.round(100 * s.score()) + " %";
    String href = r.url() != null && r.url().matches("(?i)https?://\\S+") ? r.url() : null;
    return new DocumentView.FactCheck(verdict, href, r.claim(), how);
  }
}
