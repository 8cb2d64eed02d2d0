package org.vigie.analysis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans plain text copied out of a web page, boilerplate included, into an article: its title,
 * dateline, signature and body.
 *
 * <p>The text is read as lines in three zones. The <em>header</em> runs up to the first prose
 * paragraph: there, site names, menus, breadcrumbs, counters and captions are dropped, the title is
 * the line after the breadcrumb (or the last title-like line), a line that is only a date is the
 * publication date, and short labels after the title (a rubric) become keywords; headings ending
 * with a colon and full sentences stay. The <em>trailer</em> starts at a known sidebar, comment or
 * footer heading ({@code Fil d'actu}, {@code Laisser une réponse}, {@code Plan du site}…) that no
 * long paragraph follows, and is dropped whole. The <em>body</em> between them keeps every line
 * except page furniture, counters, captions and navigation menus (runs of short bullets without
 * punctuation); after its last paragraph, a line that looks like a person's name is the author's
 * signature, and short leftovers are dropped. Source lines ({@code Source: Minusma}) are kept: they
 * say where the article comes from.
 *
 * <p>The title, date and signature lines are removed from the body. No title is invented when the
 * text has no title line. Pure and thread-safe.
 */
public final class TextCleaner {
  private static final int PROSE_WORDS = 8;
  private static final int LONG_PROSE_WORDS = 20;
  private static final int RESUMING_PROSE_WORDS = 25;
  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_RUBRIC_WORDS = 5;
  private static final int MIN_KEPT_TAIL_WORDS = 6;
  private static final int MIN_TAIL_SENTENCE_WORDS = 3;
  private static final int MENU_RUN = 3;
  private static final int MENU_ITEM_WORDS = 6;
  private static final Pattern SOURCE =
      Pattern.compile(
          "^\\(?\\s*(?:source|sources|avec|with|lu sur|read on)\\s*:.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BYLINE =
      Pattern.compile("^(?:par|by|de)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");
  private static final Pattern NAME_PARTICLE =
      Pattern.compile("de|du|des|da|dos|el|ben|ould|van|von|le|la");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\(c\\)|copyright)?\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*[-–|,]?\\s*"
              + "(\\p{L}[\\p{L}\\p{N} .&'’-]{1,40}?)\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private enum Kind {
    BLANK,
    DROP,
    DATELINE,
    BREADCRUMB,
    TRAILER_OPENER,
    SOURCE,
    PROSE,
    BULLET,
    OTHER
  }

  /** Cleans one copied page. The result's {@code url} is always {@code null}. */
  public Extraction clean(String text) {
    List<TextLine> lines = lines(text);
    Kind[] kinds = classify(lines);
    markMenus(lines, kinds);
    int bodyStart = firstProse(lines, kinds);
    int bodyEnd = trailerStart(lines, kinds, bodyStart);
    Extraction.Builder out = Extraction.builder();
    List<String> kept = new ArrayList<>();
    readHeader(lines, kinds, bodyStart, out, kept);
    readBody(lines, kinds, bodyStart, bodyEnd, out, kept);
    out.site(siteFromFooter(lines, bodyEnd));
    return out.text(String.join("\n\n", kept)).rule("plain").build();
  }

  private static List<TextLine> lines(String text) {
    List<TextLine> lines = new ArrayList<>();
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      lines.add(TextLine.of(raw));
    }
    return lines;
  }

  private static Kind[] classify(List<TextLine> lines) {
    Kind[] kinds = new Kind[lines.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = kindOf(lines.get(i));
    }
    return kinds;
  }

  private static Kind kindOf(TextLine line) {
    if (line.isBlank()) {
      return Kind.BLANK;
    }
    if (PublicationDates.parseDateline(line.text()) != null) {
      return Kind.DATELINE;
    }
    if (BoilerplateLines.opensTrailer(line)) {
      return Kind.TRAILER_OPENER;
    }
    if (BoilerplateLines.isFurniture(line)
        || BoilerplateLines.isCounter(line)
        || BoilerplateLines.isCaption(line)) {
      return Kind.DROP;
    }
    if (BoilerplateLines.isBreadcrumb(line)) {
      return Kind.BREADCRUMB;
    }
    if (SOURCE.matcher(line.text()).matches()) {
      return Kind.SOURCE;
    }
    if (line.bullet()) {
      return Kind.BULLET;
    }
    return isProse(line) ? Kind.PROSE : Kind.OTHER;
  }

  private static boolean isProse(TextLine line) {
    int words = line.words();
    return words >= LONG_PROSE_WORDS || (words >= PROSE_WORDS && line.endsLikeSentence());
  }

  /** Marks runs of short bullets without punctuation (menus, tag lists) as dropped. */
  private static void markMenus(List<TextLine> lines, Kind[] kinds) {
    int i = 0;
    while (i < kinds.length) {
      if (kinds[i] != Kind.BULLET) {
        i++;
        continue;
      }
      int end = i;
      int items = 0;
      int menuLike = 0;
      for (int j = i;
          j < kinds.length && (kinds[j] == Kind.BULLET || kinds[j] == Kind.BLANK);
          j++) {
        if (kinds[j] == Kind.BULLET) {
          items++;
          menuLike += isMenuItem(lines.get(j)) ? 1 : 0;
          end = j + 1;
        }
      }
      if (items >= MENU_RUN && menuLike * 10 >= items * 6) {
        for (int j = i; j < end; j++) {
          kinds[j] = kinds[j] == Kind.BULLET ? Kind.DROP : kinds[j];
        }
      }
      i = end;
    }
  }

  private static boolean isMenuItem(TextLine line) {
    return line.words() <= MENU_ITEM_WORDS && !line.endsLikeSentence();
  }

  private static int firstProse(List<TextLine> lines, Kind[] kinds) {
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == Kind.PROSE) {
        return i;
      }
    }
    return kinds.length;
  }

  /** The first trailer opener after the body started that no long paragraph follows. */
  private static int trailerStart(List<TextLine> lines, Kind[] kinds, int bodyStart) {
    int start = kinds.length;
    for (int i = kinds.length - 1; i >= bodyStart; i--) {
      if (kinds[i] == Kind.PROSE && lines.get(i).words() >= RESUMING_PROSE_WORDS) {
        break;
      }
      if (kinds[i] == Kind.TRAILER_OPENER) {
        start = i;
      }
    }
    return start;
  }

  private static void readHeader(
      List<TextLine> lines, Kind[] kinds, int end, Extraction.Builder out, List<String> kept) {
    int crumb = lastBreadcrumb(kinds, end);
    int title =
        crumb >= 0 ? titleAfterBreadcrumb(lines, kinds, crumb, end) : titleLine(lines, kinds, end);
    if (title >= 0) {
      out.title(lines.get(title).text());
    }
    for (int i = Math.max(title, crumb) + 1; i < end; i++) {
      TextLine line = lines.get(i);
      switch (kinds[i]) {
        case DATELINE -> out.published(PublicationDates.parseDateline(line.text()).toString());
        case SOURCE, PROSE -> kept.add(line.text());
        case BULLET, OTHER -> keepHeaderLine(line, title >= 0, out, kept);
        default -> {}
      }
    }
  }

  private static void keepHeaderLine(
      TextLine line, boolean afterTitle, Extraction.Builder out, List<String> kept) {
    String author = byline(line);
    if (author != null) {
      out.author(author);
    } else if (line.endsWithColon() || (line.endsLikeSentence() && line.words() >= 3)) {
      kept.add(line.text());
    } else if (afterTitle && line.words() <= MAX_RUBRIC_WORDS && !line.bullet()) {
      out.keyword(line.text());
    }
  }

  private static int lastBreadcrumb(Kind[] kinds, int end) {
    int crumb = -1;
    for (int i = 0; i < end; i++) {
      crumb = kinds[i] == Kind.BREADCRUMB ? i : crumb;
    }
    return crumb;
  }

  /** Without a breadcrumb, the title is the last title-like line of the header, or -1. */
  private static int titleLine(List<TextLine> lines, Kind[] kinds, int end) {
    int title = -1;
    for (int i = 0; i < end; i++) {
      title = isTitleLike(lines.get(i), kinds[i]) ? i : title;
    }
    return title;
  }

  /**
   * After a breadcrumb, the title is the line that repeats its last item, else the first title-like
   * line, or -1.
   */
  private static int titleAfterBreadcrumb(List<TextLine> lines, Kind[] kinds, int crumb, int end) {
    String last = comparable(BoilerplateLines.lastCrumb(lines.get(crumb)));
    int firstLike = -1;
    for (int i = crumb + 1; i < end; i++) {
      if (isTitleLike(lines.get(i), kinds[i])) {
        if (comparable(lines.get(i).text()).startsWith(last.replaceAll("(\\.\\.\\.|…)$", ""))) {
          return i;
        }
        firstLike = firstLike < 0 ? i : firstLike;
      }
    }
    return firstLike;
  }

  private static String comparable(String s) {
    return s.toLowerCase(Locale.FRENCH).replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
  }

  private static boolean isTitleLike(TextLine line, Kind kind) {
    int words = line.words();
    return kind == Kind.OTHER
        && words >= MIN_TITLE_WORDS
        && words <= MAX_TITLE_WORDS
        && !line.text().matches(".*[.,;:]$")
        && byline(line) == null;
  }

  private static void readBody(
      List<TextLine> lines,
      Kind[] kinds,
      int start,
      int end,
      Extraction.Builder out,
      List<String> kept) {
    int lastProse = -1;
    for (int i = start; i < end; i++) {
      lastProse = kinds[i] == Kind.PROSE || kinds[i] == Kind.SOURCE ? i : lastProse;
    }
    for (int i = start; i <= lastProse; i++) {
      if (isBodyLine(kinds[i])) {
        kept.add(lines.get(i).text());
      }
    }
    readTail(lines, kinds, lastProse + 1, end, out, kept);
  }

  private static boolean isBodyLine(Kind kind) {
    return kind == Kind.PROSE
        || kind == Kind.SOURCE
        || kind == Kind.BULLET
        || kind == Kind.OTHER
        || kind == Kind.DATELINE;
  }

  /**
   * After the last paragraph: a signature names the author; source lines, lists a colon announced,
   * and lines of some length stay; short leftovers go.
   */
  private static void readTail(
      List<TextLine> lines,
      Kind[] kinds,
      int start,
      int end,
      Extraction.Builder out,
      List<String> kept) {
    boolean listAnnounced = start > 0 && start <= lines.size() && lastTextEndsWithColon(kept);
    for (int i = Math.max(start, 0); i < end; i++) {
      TextLine line = lines.get(i);
      String author = kinds[i] == Kind.OTHER ? signature(line) : null;
      if (author != null) {
        out.author(author);
      } else if (kinds[i] == Kind.SOURCE
          || (kinds[i] == Kind.BULLET && listAnnounced)
          || (kinds[i] == Kind.OTHER && isKeptTail(line))) {
        kept.add(line.text());
      }
    }
  }

  /** A closing line of some length, or a short closing sentence ("Affaire à suivre."). */
  private static boolean isKeptTail(TextLine line) {
    return line.words() >= MIN_KEPT_TAIL_WORDS
        || (line.words() >= MIN_TAIL_SENTENCE_WORDS && line.endsLikeSentence());
  }

  private static boolean lastTextEndsWithColon(List<String> kept) {
    return !kept.isEmpty() && kept.get(kept.size() - 1).endsWith(":");
  }

  /** The author a byline ({@code Par Awa Diop}) names, or null. */
  static String byline(TextLine line) {
    Matcher m = BYLINE.matcher(line.text());
    return m.matches() && isPersonName(m.group(1)) ? m.group(1).strip() : null;
  }

  /** The author a signature line names: a byline or a bare person's name. */
  static String signature(TextLine line) {
    String byline = byline(line);
    if (byline != null) {
      return byline;
    }
    return isPersonName(line.text()) ? line.text() : null;
  }

  /** Two to five words, each capitalised except particles ({@code de}, {@code ould}…). */
  static boolean isPersonName(String s) {
    String[] words = s.strip().split(" ");
    if (words.length < 2 || words.length > 5 || s.length() > 50) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() && !NAME_PARTICLE.matcher(w).matches()) {
        return false;
      }
    }
    return NAME_WORD.matcher(words[0]).matches()
        && NAME_WORD.matcher(words[words.length - 1]).matches();
  }

  /** The site a copyright footer names ({@code © 2025 OSIRIS}), or null. */
  private static String siteFromFooter(List<TextLine> lines, int trailerStart) {
    for (int i = trailerStart; i < lines.size(); i++) {
      Matcher m = COPYRIGHT.matcher(lines.get(i).text());
      if (!lines.get(i).isBlank() && m.matches()) {
        return m.group(1).replaceFirst("(?i)\\s*tous droits réservés$", "").strip();
      }
    }
    return null;
  }
}
