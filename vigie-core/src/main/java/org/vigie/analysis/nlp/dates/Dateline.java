package org.vigie.analysis.nlp.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.document.DateMention;

/**
 * The publication day a text gives in its first lines when its page gives none: a dateline
 * ("Bamako, le 12 mars 2024 –", "Ouagadougou, 3 janvier 2025 (AIB) –") or a notice ("Publié le 4
 * février 2024", "Mis à jour le…"). Only a full day with its year written counts; a date further in
 * the text ("le 12 mars 2012, un coup d'État…") is what the text speaks of, not when it was
 * written.
 */
final class Dateline {
  /** How far into the text a dateline may sit. */
  static final int FIRST_CHARACTERS = 400;

  private static final int FIRST_LINES = 5;

  /** What may precede the date on its line: a place and a comma, "le", "du", or nothing. */
  private static final Pattern PLACE =
      Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'’ .-]{1,40}\\s*[,(–—-]\\s*)?((le|du|ce)\\s+)?$");

  private static final Pattern NOTICE =
      Pattern.compile(
          "(publi[ée]e?|mis\\s+[àa]\\s+jour|mise\\s+[àa]\\s+jour|posted|published|updated|date)"
              + "\\s*(le|on|:)?\\s*$");

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

  private Dateline() {}

  /**
   * The day a dateline gives, or {@code null}.
   *
   * @param latest the last day it may be (the day the text was collected), or {@code null}
   */
  static LocalDate of(String text, List<DateMention> mentions, LocalDate latest) {
    for (DateMention m : mentions) {
      if (m.start() >= FIRST_CHARACTERS) {
        return null;
      }
      if (m.from() == null || !m.from().equals(m.to()) || !YEAR.matcher(m.text()).find()) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      if (lineNumber(text, lineStart) >= FIRST_LINES) {
        return null;
      }
      String before = text.substring(lineStart, m.start());
      if (PLACE.matcher(before).matches()
          || NOTICE.matcher(before.toLowerCase(Locale.ROOT)).find()) {
        LocalDate day = LocalDate.parse(m.from());
        if (day.getYear() >= 1990 && (latest == null || !day.isAfter(latest))) {
          return day;
        }
      }
    }
    return null;
  }

  /** The number of non-blank lines before an offset. */
  private static int lineNumber(String text, int offset) {
    int lines = 0;
    int from = 0;
    while (from < offset) {
      int nl = text.indexOf('\n', from);
      if (nl < 0 || nl >= offset) {
        break;
      }
      if (!text.substring(from, nl).isBlank()) {
        lines++;
      }
      from = nl + 1;
    }
    return lines;
  }
}
