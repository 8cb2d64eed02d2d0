package org.vigie.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits French text into words, numbers and punctuation, with their offsets. Thread-safe and
 * allocation-light (one string per token); no regular expressions.
 *
 * <p>What it keeps together and what it splits:
 *
 * <ul>
 *   <li>elisions are split after the apostrophe, {@code ’} or {@code '}: "l’ONU" → "l’", "ONU";
 *       "qu’ils" → "qu’", "ils"; other apostrophes stay inside the word ("aujourd’hui");
 *   <li>hyphenated words stay whole: "Nouvelle-Zélande", "a-t-elle", "Saint-Louis";
 *   <li>numbers keep their decimal comma or point and their thousands spaces: "2,7", "150 000"
 *       (also with no-break spaces); "138e", "3P" are one token;
 *   <li>known abbreviations and initials keep their period: "M.", "Mme.", "Dr.", "St.", "etc.",
 *       "J." in "J. Adamson";
 *   <li>URLs, e-mail addresses, {@code #hashtags} and {@code @accounts} are one token;
 *   <li>every other punctuation mark is a token of its own (« » “ ” " ( ) , ; : ! ?), except runs
 *       of periods ("...") which stay together.
 * </ul>
 *
 * <p>Example: {@code tokenize("M. Bamba, à l’AGETIC : 150 000 vues.")} gives "M.", "Bamba", ",",
 * "à", "l’", "AGETIC", ":", "150 000", "vues", ".".
 */
public final class Tokenizer {

  /** Words before which an apostrophe ends the token (elided articles, pronouns, conjunctions). */
  private static final Set<String> ELIDED =
      Set.of(
          "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
          "presqu", "quelqu");

  /** Abbreviations that keep their period (case-sensitive: "M." is monsieur, "m." is metres). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
          "Sts", "Stes", "Mr", "Mrs", "Ms", "Jr", "Sr", "Prof", "Gén", "Gal", "Col", "Cdt", "Lt",
          "Sgt", "Cie", "Vve", "etc", "cf", "Cf", "p", "pp", "av", "vol", "art", "chap", "éd",
          "fig", "env", "tél", "Tél", "hab", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
          "déc", "No", "no", "Nos", "nos");

  private static final Tokenizer INSTANCE = new Tokenizer();

  /** The shared tokenizer; it holds no state. */
  public static Tokenizer french() {
    return INSTANCE;
  }

  /** The tokens of a text, in order. */
  public List<Token> tokenize(CharSequence text) {
    String s = text.toString();
    List<Token> tokens = new ArrayList<>(s.length() / 5 + 4);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end = tokenEnd(s, i);
      tokens.add(new Token(s.substring(i, end), i, end));
      i = end;
    }
    return tokens;
  }

  private static int tokenEnd(String s, int i) {
    char c = s.charAt(i);
    int special = linkEnd(s, i);
    if (special > i) {
      return special;
    }
    if (Character.isDigit(c)) {
      return numberEnd(s, i);
    }
    if (Character.isLetter(c)) {
      return wordEnd(s, i);
    }
    if (c == '.') {
      int j = i;
      while (j < s.length() && s.charAt(j) == '.') {
        j++;
      }
      return j;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
      return i + 2;
    }
    return i + 1;
  }

  /** The end of a URL, e-mail, hashtag or account name starting at i, or i when there is none. */
  private static int linkEnd(String s, int i) {
    char c = s.charAt(i);
    if ((c == '#' || c == '@') && i + 1 < s.length() && isWordChar(s.charAt(i + 1))) {
      int j = i + 1;
      while (j < s.length() && (isWordChar(s.charAt(j)) || s.charAt(j) == '_')) {
        j++;
      }
      return j;
    }
    if (startsWithIgnoreCase(s, i, "http://")
        || startsWithIgnoreCase(s, i, "https://")
        || startsWithIgnoreCase(s, i, "www.")) {
      int j = i;
      while (j < s.length() && !isSpace(s.charAt(j)) && !isQuote(s.charAt(j))) {
        j++;
      }
      while (j > i + 4 && isTrailingPunctuation(s.charAt(j - 1))) {
        j--;
      }
      return j;
    }
    return i;
  }

  private static int wordEnd(String s, int start) {
    int n = s.length();
    int j = start;
    while (j < n) {
      char c = s.charAt(j);
      if (isWordChar(c)) {
        j++;
      } else if (isApostrophe(c) && j + 1 < n && Character.isLetter(s.charAt(j + 1))) {
        if (ELIDED.contains(s.substring(start, j).toLowerCase(Locale.ROOT))) {
          return j + 1;
        }
        j++;
      } else if (isHyphen(c) && j + 1 < n && isWordChar(s.charAt(j + 1))) {
        j++;
      } else if (c == '@' && j + 1 < n && isWordChar(s.charAt(j + 1))) {
        return emailEnd(s, j);
      } else {
        break;
      }
    }
    if (j < n && s.charAt(j) == '.' && keepsPeriod(s.substring(start, j))) {
      return j + 1;
    }
    return j;
  }

  private static int emailEnd(String s, int at) {
    int j = at + 1;
    while (j < s.length()
        && (isWordChar(s.charAt(j))
            || (s.charAt(j) == '.' || s.charAt(j) == '-')
                && j + 1 < s.length()
                && isWordChar(s.charAt(j + 1)))) {
      j++;
    }
    return j;
  }

  private static boolean keepsPeriod(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word);
  }

  private static int numberEnd(String s, int start) {
    int n = s.length();
    int j = digitsEnd(s, start);
    int groupStart = start;
    while (true) {
      if (j + 1 < n
          && (s.charAt(j) == ',' || s.charAt(j) == '.')
          && Character.isDigit(s.charAt(j + 1))) {
        j = digitsEnd(s, j + 1);
      } else if (j - groupStart <= 3 && isThousandsGroup(s, j)) {
        groupStart = j + 1;
        j = j + 4;
      } else {
        break;
      }
    }
    if (j < n && Character.isLetter(s.charAt(j))) {
      return wordEnd(s, start);
    }
    return j;
  }

  /** True when s[j] is a space followed by exactly three digits: "150 000". */
  private static boolean isThousandsGroup(String s, int j) {
    if (j + 3 >= s.length() || !isNumberSpace(s.charAt(j))) {
      return false;
    }
    for (int k = j + 1; k <= j + 3; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return j + 4 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 4));
  }

  private static int digitsEnd(String s, int j) {
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean startsWithIgnoreCase(String s, int i, String prefix) {
    return s.regionMatches(true, i, prefix, 0, prefix.length());
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  private static boolean isNumberSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '<' || c == '>';
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
  }
}
