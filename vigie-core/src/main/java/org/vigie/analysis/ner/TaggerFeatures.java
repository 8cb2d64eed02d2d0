package org.vigie.analysis.ner;

import java.util.List;
import java.util.Locale;

/**
 * The features of each token of a sentence for {@link NameTagger}, hashed into a fixed number of
 * buckets (the hashing trick: no feature dictionary, no string built per feature). Every token gets
 * exactly {@link #COUNT} features, so a sentence's features are one flat int array.
 *
 * <p>Features: the word in lower case, its shape ("Xx", "X", "d,d"), prefixes and suffixes, the
 * neighbouring words and shapes, word bigrams, whether the sentence is in capitals, gazetteer
 * matches on and around the token, and first-name evidence.
 */
final class TaggerFeatures {
  static final int COUNT = 26;

  private static final String NONE = "";

  private final int mask;

  TaggerFeatures(int buckets) {
    if (Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
    }
    this.mask = buckets - 1;
  }

  /**
   * The hashed features of every token, token i's at [i * COUNT, (i + 1) * COUNT).
   *
   * @param words the tokens' texts
   * @param gazetteer where the tokens' known-name flags come from
   */
  int[] extract(List<String> words, Gazetteer gazetteer) {
    int n = words.size();
    String[] lower = new String[n];
    String[] shape = new String[n];
    String[] gaz = new String[n];
    boolean[] first = new boolean[n];
    int capsWords = 0;
    int letterWords = 0;
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      lower[i] = w.toLowerCase(Locale.ROOT);
      shape[i] = shape(w);
      gaz[i] = NONE;
      first[i] = gazetteer.isFirstName(w);
      if (hasLetter(w)) {
        letterWords++;
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
          capsWords++;
        }
      }
    }
    for (Gazetteer.Match m : gazetteer.find(words)) {
      for (int i = m.from(); i < m.to(); i++) {
        gaz[i] = (i == m.from() ? "B" : "I") + m.type().code();
      }
    }
    String caps = letterWords > 2 && capsWords * 2 > letterWords ? "C" : "c";
    int[] f = new int[n * COUNT];
    for (int i = 0; i < n; i++) {
      fill(f, i * COUNT, i, words, lower, shape, gaz, first, caps);
    }
    return f;
  }

  private void fill(
      int[] f,
      int at,
      int i,
      List<String> words,
      String[] lower,
      String[] shape,
      String[] gaz,
      boolean[] first,
      String caps) {
    String w = lower[i];
    String p1 = at(lower, i - 1);
    String p2 = at(lower, i - 2);
    String n1 = at(lower, i + 1);
    String n2 = at(lower, i + 2);
    String sp = at(shape, i - 1);
    String sn = at(shape, i + 1);
    String s = shape[i];
    int k = at;
    f[k++] = h(0, "bias");
    f[k++] = h(1, w);
    f[k++] = h(2, s);
    f[k++] = h(3, prefix(w, 3));
    f[k++] = h(4, suffix(w, 3));
    f[k++] = h(5, suffix(w, 4));
    f[k++] = h(6, suffix(w, 2));
    f[k++] = h(7, p1);
    f[k++] = h(8, n1);
    f[k++] = h(9, p2);
    f[k++] = h(10, n2);
    f[k++] = h(11, sp, s);
    f[k++] = h(12, s, sn);
    f[k++] = h(13, p1, w);
    f[k++] = h(14, w, n1);
    f[k++] = h(15, p1, s);
    f[k++] = h(16, s, n1);
    f[k++] = h(17, gaz[i]);
    f[k++] = h(18, at(gaz, i - 1), gaz[i]);
    f[k++] = h(19, gaz[i], at(gaz, i + 1));
    f[k++] = h(20, flag(first, i - 1) + flag(first, i), s);
    f[k++] = h(21, flag(first, i) + flag(first, i + 1), sn);
    f[k++] = h(22, i == 0 ? "first" : "in", s);
    f[k++] = h(23, caps, s);
    f[k++] = h(24, words.get(i));
    f[k++] = h(25, length(w), s);
  }

  private static String at(String[] a, int i) {
    return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
  }

  private static String flag(boolean[] a, int i) {
    return i < 0 || i >= a.length ? "-" : a[i] ? "F" : "f";
  }

  private static String length(String w) {
    return w.length() <= 3 ? Integer.toString(w.length()) : w.length() <= 6 ? "m" : "l";
  }

  private static String prefix(String w, int k) {
    return w.length() <= k ? w : w.substring(0, k);
  }

  private static String suffix(String w, int k) {
    return w.length() <= k ? w : w.substring(w.length() - k);
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Mali" → "Xx", "ONU" → "X", "2,7" → "d,d", "l’" → "x’": character classes, runs collapsed. */
  static String shape(String w) {
    StringBuilder b = new StringBuilder(6);
    char last = 0;
    for (int i = 0; i < w.length() && b.length() < 8; i++) {
      char c = w.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c == '’' ? '\'' : c;
      if (k != last) {
        b.append(k);
        last = k;
      }
    }
    return b.toString();
  }

  private int h(int template, String a) {
    int x = mix(0x9E3779B9 * (template + 1), a);
    return finish(x);
  }

  private int h(int template, String a, String b) {
    int x = mix(0x9E3779B9 * (template + 1), a);
    x = (x ^ 0x1F) * 0x01000193;
    return finish(mix(x, b));
  }

  private static int mix(int x, String s) {
    for (int i = 0; i < s.length(); i++) {
      x = (x ^ s.charAt(i)) * 0x01000193;
    }
    return x;
  }

  private int finish(int x) {
    x ^= x >>> 16;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    return x & mask;
  }
}
