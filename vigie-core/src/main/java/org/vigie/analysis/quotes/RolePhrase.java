package org.vigie.analysis.quotes;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A noun phrase that names a person by role: a determiner, a role noun and its complements ("la
 * bibliothécaire de l'ONU", "le représentant du ministre de la Communication", "L'internaute").
 *
 * @param start its first token (the determiner)
 * @param end its last token
 * @param text the words as written
 * @param gender the gender its determiner or noun gives
 * @param head the stem of the role noun
 * @param complements the stems of the other content words
 */
record RolePhrase(
    int start, int end, String text, Gender gender, String head, Set<String> complements) {

  private static final int MAX_TOKENS = 22;

  private static final Set<String> ADJECTIVES =
      Set.of("nouveau", "nouvelle", "ancien", "ancienne", "premier", "première", "jeune", "haut");

  /** Words that end a role phrase: verbs, relatives, conjunctions, pronouns. */
  private static final Set<String> STOPS =
      Set.of(
          "a",
          "avait",
          "aura",
          "est",
          "était",
          "sera",
          "ont",
          "qui",
          "que",
          "qu'",
          "dont",
          "et",
          "ou",
          "mais",
          "il",
          "elle",
          "ils",
          "elles",
          "se",
          "s'",
          "ne",
          "n'",
          "y",
          "lors",
          "selon",
          "avant",
          "après",
          "afin",
          "depuis",
          "durant",
          "pendant",
          "malgré",
          "comme",
          "car",
          "lorsque",
          "quand",
          "puis",
          "ajoutant",
          "précisant",
          "soulignant",
          "qu’");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "de", "du", "des", "d'", "la", "le", "les", "l'", "en", "à", "au", "aux", "sur", "pour",
          "par", "avec", "dans", "chez", "un", "une", "et", "ce", "cet", "cette");

  /** The role phrase that starts at token {@code i}, or {@code null}. */
  static RolePhrase at(Passage p, int i) {
    Gender article = article(p.lower[i]);
    if (article == null || i + 1 >= p.size()) {
      return null;
    }
    int h = i + 1;
    if (ADJECTIVES.contains(p.lower[h]) && h + 1 < p.size()) {
      h++;
    }
    if (!PersonWords.roleNoun(p.lower[h]) || p.quoteOf[h] >= 0) {
      return null;
    }
    int end = complementsEnd(p, h);
    Set<String> complements = new LinkedHashSet<>();
    for (int k = h + 1; k <= end; k++) {
      if (!FUNCTION_WORDS.contains(p.lower[k]) && !p.tokens.get(k).punctuation()) {
        complements.add(stem(p.lower[k]));
      }
    }
    Gender gender = article.or(PersonWords.roleGender(p.lower[h]));
    return new RolePhrase(i, end, p.span(i, end), gender, stem(p.lower[h]), complements);
  }

  /** The role phrase that ends at token {@code end}, or {@code null}. */
  static RolePhrase endingAt(Passage p, int end) {
    for (int s = end; s >= 0 && s > end - MAX_TOKENS; s--) {
      if (article(p.lower[s]) != null) {
        RolePhrase r = at(p, s);
        if (r != null && r.end == end) {
          return r;
        }
      }
    }
    return null;
  }

  private static int complementsEnd(Passage p, int head) {
    int last = head;
    for (int k = head + 1; k < p.size() && k - head < MAX_TOKENS; k++) {
      String w = p.lower[k];
      if (p.quoteOf[k] >= 0 || p.lineBreakBefore(k) || stops(p, k, w)) {
        break;
      }
      if (!FUNCTION_WORDS.contains(w)) {
        last = k;
      }
    }
    return last;
  }

  private static boolean stops(Passage p, int k, String w) {
    return p.tokens.get(k).punctuation()
        || STOPS.contains(w)
        || SpeechVerbs.lookup(w) != null
        || SpeechVerbs.auxiliary(w)
        || SpeechVerbs.inverted(w) != null
        || PersonWords.title(p.word(k)) != null
        || p.personStartingAt(k) != null;
  }

  /** The gender a determiner gives, {@link Gender#UNKNOWN} for "l'", or {@code null}. */
  static Gender article(String lower) {
    return switch (lower) {
      case "le", "un", "ce", "cet", "au" -> Gender.MASCULINE;
      case "la", "une", "cette", "sa" -> Gender.FEMININE;
      // possessives, as the press writes "a déclaré son président, Moussa Mara": the noun says
      // the gender ("son adjointe")
      case "l'", "son", "leur", "notre", "votre" -> Gender.UNKNOWN;
      default -> null;
    };
  }

  /** A crude stem for comparing role words: no accents, lower case, at most six letters. */
  static String stem(String word) {
    String s =
        Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return s.length() > 6 ? s.substring(0, 6) : s;
  }
}
