package org.vigie.analysis.harm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The deterministic 80/10/10 split of a data set: a post's part is chosen by a hash of its
 * normalised text (lower case, user names, links and spacing removed), so identical texts are
 * always on the same side and the split does not depend on file order or on a random seed.
 */
public enum HarmSplit {
  TRAIN,
  DEV,
  TEST;

  /** The part a text belongs to. */
  public static HarmSplit of(String text) {
    long h = fnv(normalise(text)) & Long.MAX_VALUE;
    int bucket = (int) (h % 10);
    return bucket < 8 ? TRAIN : bucket == 8 ? DEV : TEST;
  }

  /** The posts of this part, in input order. */
  public List<LabeledPost> of(List<LabeledPost> posts) {
    List<LabeledPost> part = new ArrayList<>();
    for (LabeledPost p : posts) {
      if (of(p.text()) == this) {
        part.add(p);
      }
    }
    return part;
  }

  /** Parses {@code train}, {@code dev} or {@code test} in any case. */
  public static HarmSplit parse(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("https?://\\S+|@\\w+|\\brt\\b", " ")
        .replaceAll("[\\s\\p{Punct}]+", " ")
        .strip();
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }
}
