package org.vigie.analytics.coordination;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a shared object is: the same account pair can be coordinated on links, hashtags, copied
 * text, re-used media or forwards, and a multimodal run keeps which kinds lie behind each edge.
 */
public enum ObjectKind {
  URL,
  HASHTAG,
  TEXT,
  MEDIA,
  FORWARD,
  OTHER;

  /** The kind a column name suggests: {@code url_id} is URL, {@code phash_id} MEDIA, and so on. */
  public static ObjectKind guess(String columnName) {
    String c = columnName.toLowerCase(Locale.ROOT);
    if (c.contains("url") || c.contains("link") || c.contains("domain")) {
      return URL;
    }
    if (c.contains("hashtag") || c.contains("tag")) {
      return HASHTAG;
    }
    if (c.contains("hash") || c.contains("image") || c.contains("media") || c.contains("photo")) {
      return MEDIA;
    }
    if (c.contains("forward") || c.contains("retweet") || c.contains("repost")) {
      return FORWARD;
    }
    if (c.contains("text")) {
      return TEXT;
    }
    return OTHER;
  }

  /** The kinds whose bits ({@code 1 << ordinal()}) are set in {@code mask}. */
  public static Set<ObjectKind> fromMask(int mask) {
    EnumSet<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
    for (ObjectKind k : values()) {
      if ((mask & (1 << k.ordinal())) != 0) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  int bit() {
    return 1 << ordinal();
  }
}
