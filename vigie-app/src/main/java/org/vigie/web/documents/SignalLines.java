package org.vigie.web.documents;

import java.util.Locale;
import org.vigie.document.Signal;
import org.vigie.web.page.WebText;

/** A signal as one line of the document page, in the reader's language. */
final class SignalLines {
  private SignalLines() {}

  static String line(Signal s, WebText t) {
    String score = String.format(Locale.ROOT, "%.0f %%", 100 * s.score());
    String targets =
        s.targets().isEmpty() ? t.t("signal.noTarget") : String.join(", ", s.targets());
    String kind = s.kind().equals(Signal.HARM) ? "harm" : s.kind();
    if (s.reported()) {
      String speaker = s.speaker() == null ? t.t("signal.unknownSpeaker") : s.speaker();
      return t.t("signal." + kind + ".reported", s.label(), score, targets, speaker);
    }
    return t.t("signal." + kind, s.label(), score, targets);
  }
}
