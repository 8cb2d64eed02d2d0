package org.vigie.search.lucene;

/**
 * Removes French number and gender inflection from a lower-cased word, and nothing else: {@code
 * déplacés}, {@code déplacée} → {@code déplacé}, but {@code déplacement} stays itself; {@code
 * journaux} → {@code journal}; {@code électorales} → {@code électoral}; {@code maliennes} → {@code
 * malien}; {@code arrêtée} → {@code arrêté}, which stays apart from {@code arrêt}. Lucene's light
 * French stemmer also cuts derivational endings and accents ({@code déplacés} and {@code
 * déplacement} both → {@code deplac}), which made topic queries match unrelated words.
 *
 * <p>Runs before accents are folded, so {@code marché} and {@code marche} stay apart. The rules are
 * also written as regular expressions in the OpenSearch index template ({@code
 * vigie_french_inflection_*}); {@code FrenchInflectionStemmerTest} checks both agree. Pure and
 * thread-safe.
 */
public final class FrenchInflectionStemmer {
  private FrenchInflectionStemmer() {}

  /** The stem of a word as a string: for tests and tools. */
  public static String stem(String word) {
    char[] s = word.toCharArray();
    return new String(s, 0, stem(s, s.length));
  }

  /** Stems {@code s[0..len)} in place and answers the stem's length. */
  public static int stem(char[] s, int len) {
    if (len < 4) {
      return len;
    }
    if (s[len - 1] == 'x') {
      return pluralX(s, len);
    }
    int n = len;
    if (s[n - 1] == 's' && n >= 5 && s[n - 2] != 's' && !endsWithAisOrOis(s, n)) {
      n--;
    }
    return feminine(s, n);
  }

  /** {@code niveaux} → {@code niveau}, {@code journaux} → {@code journal}, {@code jeux} → jeu. */
  private static int pluralX(char[] s, int len) {
    if (len >= 5 && s[len - 4] == 'e' && s[len - 3] == 'a' && s[len - 2] == 'u') {
      return len - 1;
    }
    if (len >= 6 && s[len - 3] == 'a' && s[len - 2] == 'u') {
      s[len - 2] = 'l';
      return len - 1;
    }
    if (s[len - 3] == 'e' && s[len - 2] == 'u') {
      return len - 1;
    }
    return len;
  }

  /** {@code français}, {@code chinois}: a masculine singular ending in s. */
  private static boolean endsWithAisOrOis(char[] s, int len) {
    return s[len - 2] == 'i' && (s[len - 3] == 'a' || s[len - 3] == 'o');
  }

  /**
   * {@code -ée} → {@code -é}, {@code -enne} → {@code -en}, {@code -elle} → {@code -el}, a final
   * {@code e} after a consonant or {@code u} dropped ({@code candidate}, {@code française}, {@code
   * journaliste}, {@code suspendue}).
   */
  private static int feminine(char[] s, int len) {
    if (len < 4 || s[len - 1] != 'e') {
      return len;
    }
    char before = s[len - 2];
    if (before == 'é') {
      return len - 1;
    }
    if (len >= 6 && before == 'n' && s[len - 3] == 'n' && s[len - 4] == 'e') {
      return len - 2;
    }
    if (len >= 6 && before == 'l' && s[len - 3] == 'l' && s[len - 4] == 'e') {
      return len - 2;
    }
    if (len >= 5 && isConsonant(before)) {
      return len - 1;
    }
    return len;
  }

  /** A letter that is not a vowel; {@code u} counts, for {@code suspendue} and {@code attaque}. */
  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeioyàâäéèêëîïôöùûüœæ".indexOf(c) < 0;
  }
}
