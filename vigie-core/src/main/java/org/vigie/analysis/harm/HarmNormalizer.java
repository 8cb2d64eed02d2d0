package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the spelling games that hide hostile words from a word list, keeping each character's
 * offset in the original text. Stateless and thread-safe.
 *
 * <ol>
 *   <li>lower case and accents folded ({@code é → e}, {@code œ → oe}, curly apostrophes → {@code
 *       '});
 *   <li>leetspeak decoded inside words that hold letters ({@code t3rr0r1st3 → terroriste}, {@code
 *       r@ts → rats}; {@code 2024} and {@code @user} are left alone);
 *   <li>spaced or dotted single letters joined ({@code t e r r o r i s t e}, {@code c.a.f.a.r.d});
 *   <li>stars and underscores inside words dropped ({@code ver*mine});
 *   <li>runs of one letter squeezed to one ({@code saaale → sale}, {@code connard → conard}): the
 *       lexicon is squeezed the same way, so its entries still match.
 * </ol>
 */
public final class HarmNormalizer {
  private HarmNormalizer() {}

  /** The normalised text with its tokens. */
  public static NormalizedText normalize(String original) {
    Chars chars = fold(original);
    chars = decodeLeet(chars);
    chars = joinSpacedLetters(chars);
    chars = dropInnerMarks(chars);
    chars = squeeze(chars);
    return new NormalizedText(original, chars.string(), tokens(chars));
  }

  /** The normalised form of one word or phrase, as lexicon entries are stored. */
  public static String form(String phrase) {
    return normalize(phrase).text();
  }

  /** Characters with, for each, the original range it came from. */
  private static final class Chars {
    final StringBuilder text;
    int[] start;
    int[] end;

    Chars(int capacity) {
      text = new StringBuilder(capacity);
      start = new int[Math.max(capacity, 4)];
      end = new int[Math.max(capacity, 4)];
    }

    void add(char c, int from, int to) {
      int n = text.length();
      if (n == start.length) {
        start = java.util.Arrays.copyOf(start, n * 2);
        end = java.util.Arrays.copyOf(end, n * 2);
      }
      text.append(c);
      start[n] = from;
      end[n] = to;
    }

    void copy(Chars from, int i) {
      add(from.text.charAt(i), from.start[i], from.end[i]);
    }

    int length() {
      return text.length();
    }

    char at(int i) {
      return i < 0 || i >= text.length() ? ' ' : text.charAt(i);
    }

    String string() {
      return text.toString();
    }
  }

  private static Chars fold(String s) {
    Chars out = new Chars(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      String folded = foldChar(c);
      if (folded == null) {
        out.add(c, i, i + 1);
      } else {
        for (int k = 0; k < folded.length(); k++) {
          out.add(folded.charAt(k), i, i + 1);
        }
      }
    }
    return out;
  }

  private static String foldChar(char c) {
    return switch (c) {
      case 'à', 'â', 'ä', 'á', 'ã', 'å' -> "a";
      case 'é', 'è', 'ê', 'ë' -> "e";
      case 'î', 'ï', 'í', 'ì' -> "i";
      case 'ô', 'ö', 'ó', 'ò', 'õ' -> "o";
      case 'ù', 'û', 'ü', 'ú' -> "u";
      case 'ç' -> "c";
      case 'ñ' -> "n";
      case 'ÿ', 'ý' -> "y";
      case 'œ' -> "oe";
      case 'æ' -> "ae";
      case 'ɛ' -> "e";
      case 'ɔ' -> "o";
      case 'ŋ' -> "n";
      case 'ɲ' -> "ny";
      case '’', 'ʼ', '`', '´' -> "'";
      case '\u00a0', '\u202f', '\t', '\r', '\n' -> " ";
      default -> null;
    };
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  private static char leet(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1', '!' -> 'i';
      case '3', '€' -> 'e';
      case '4', '@' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      default -> 0;
    };
  }

  private static boolean isWordPart(char c) {
    return isLetter(c) || Character.isDigit(c) || leet(c) != 0;
  }

  private static Chars decodeLeet(Chars in) {
    Chars out = new Chars(in.length());
    int i = 0;
    while (i < in.length()) {
      if (!isWordPart(in.at(i))) {
        out.copy(in, i++);
        continue;
      }
      int j = i;
      boolean letters = false;
      boolean leets = false;
      while (j < in.length() && isWordPart(in.at(j))) {
        letters |= isLetter(in.at(j));
        leets |= leet(in.at(j)) != 0;
        j++;
      }
      boolean decode = letters && leets && in.at(i) != '@' && in.at(j - 1) != '!';
      for (int k = i; k < j; k++) {
        char l = leet(in.at(k));
        if (decode && l != 0) {
          out.add(l, in.start[k], in.end[k]);
        } else {
          out.copy(in, k);
        }
      }
      i = j;
    }
    return out;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '*' || c == '_' || c == '/';
  }

  /** Joins runs of single letters: 3 or more with marks between, 4 or more with spaces. */
  private static Chars joinSpacedLetters(Chars in) {
    Chars out = new Chars(in.length());
    int i = 0;
    while (i < in.length()) {
      int run = singleLetterRun(in, i);
      if (run == 0) {
        out.copy(in, i++);
        continue;
      }
      for (int k = i; k < run; k += 2) {
        out.copy(in, k);
      }
      i = run;
    }
    return out;
  }

  /** The end of a run of single letters starting at {@code i}, or 0 when none starts there. */
  private static int singleLetterRun(Chars in, int i) {
    if (!isLetter(in.at(i)) || isLetter(in.at(i - 1))) {
      return 0;
    }
    int letters = 1;
    boolean spaces = false;
    int k = i;
    while (!isLetter(in.at(k + 1))
        && isSeparator(in.at(k + 1))
        && isLetter(in.at(k + 2))
        && !isLetter(in.at(k + 3))) {
      spaces |= in.at(k + 1) == ' ';
      letters++;
      k += 2;
    }
    boolean enough = spaces ? letters >= 4 : letters >= 3;
    return letters > 1 && enough && !isLetter(in.at(i + 1)) ? k + 1 : 0;
  }

  private static Chars dropInnerMarks(Chars in) {
    Chars out = new Chars(in.length());
    for (int i = 0; i < in.length(); i++) {
      char c = in.at(i);
      boolean inner = (c == '*' || c == '_') && isLetter(in.at(i - 1)) && isLetter(in.at(i + 1));
      if (!inner) {
        out.copy(in, i);
      }
    }
    return out;
  }

  private static Chars squeeze(Chars in) {
    Chars out = new Chars(in.length());
    for (int i = 0; i < in.length(); i++) {
      char c = in.at(i);
      if (i > 0 && c == in.at(i - 1) && isLetter(c)) {
        out.end[out.length() - 1] = in.end[i];
      } else {
        out.copy(in, i);
      }
    }
    return out;
  }

  private static List<NormalizedText.Token> tokens(Chars chars) {
    List<NormalizedText.Token> tokens = new ArrayList<>();
    int i = 0;
    int n = chars.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(chars.at(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(chars.at(j))) {
        j++;
      }
      tokens.add(
          new NormalizedText.Token(chars.text.substring(i, j), chars.start[i], chars.end[j - 1]));
      i = j;
    }
    return tokens;
  }
}
