package org.vigie.link.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigie.analysis.nlp.lexemes.FunctionWords;
import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexer;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.PublishedTime;

/**
 * The terms that say what event an article is about: the words of its title (counted twice) and of
 * its first paragraphs (where news puts who, what, where and when), folded, without function words,
 * numbers and words shorter than three letters, a final plural {@code s} or {@code x} removed; and
 * the canonical names of the people, organisations and places it mentions, as {@code @name} terms
 * counted twice per mention.
 */
public final class StoryTerms {
  /** How much of the text is read: about the first three paragraphs of a news article. */
  static final int LEAD_CHARS = 1_200;

  private StoryTerms() {}

  /**
   * What the clusterer needs of a stored article, or nothing when it has no publication date or is
   * not an original article (posts and near-duplicate copies are not clustered).
   */
  public static Optional<StoryDocument> of(AnalyzedDocument doc) {
    if (!AnalyzedDocument.ARTICLE.equals(doc.type())
        || doc.duplicateOf() != null
        || doc.published() == null) {
      return Optional.empty();
    }
    Map<String, Integer> mentions = new HashMap<>();
    for (Entity e : doc.entities()) {
      if (!e.canonical().isBlank()) {
        mentions.merge(e.canonical(), 1, Integer::sum);
      }
    }
    LocalDate day = PublishedTime.toDate(doc.published());
    String title = doc.title() == null ? firstLine(doc.text()) : doc.title();
    return Optional.of(of(doc.id(), day, title, doc.text(), mentions));
  }

  /** The terms of a title, a text and entity names with their mention counts. */
  public static StoryDocument of(
      String id, LocalDate day, String title, String text, Map<String, Integer> entities) {
    Map<String, Integer> terms = new HashMap<>();
    String safeTitle = title == null ? "" : title;
    words(safeTitle, terms, 2);
    words(text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text, terms, 1);
    entities.forEach((name, count) -> terms.merge(entityTerm(name), 2 * count, Integer::sum));
    return new StoryDocument(id, day, safeTitle, terms);
  }

  /** The terms of a title, a text and entity names mentioned once each. */
  public static StoryDocument of(
      String id, LocalDate day, String title, String text, Collection<String> entities) {
    Map<String, Integer> counts = new HashMap<>();
    entities.forEach(name -> counts.merge(name, 1, Integer::sum));
    return of(id, day, title, text, counts);
  }

  static String entityTerm(String canonical) {
    return "@" + Lexer.fold(canonical.strip()).replace(' ', '_');
  }

  private static void words(String text, Map<String, Integer> terms, int weight) {
    for (Lexeme t : Lexer.tokenize(text)) {
      String w = t.norm();
      if (t.isWord() && w.length() >= 3 && !FunctionWords.contains(w)) {
        terms.merge(singular(w), weight, Integer::sum);
      }
    }
  }

  private static String singular(String w) {
    char last = w.charAt(w.length() - 1);
    return w.length() > 4 && (last == 's' || last == 'x') ? w.substring(0, w.length() - 1) : w;
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
