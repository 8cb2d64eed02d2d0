package org.vigie.collect.platform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.document.Account;
import org.vigie.document.Relation;

/**
 * The links, {@code @mentions} and {@code #hashtags} written in a post's text, for exports that do
 * not list them (CSV, JSON Lines), in text order.
 */
final class TextRelations {
  private static final Pattern TOKENS =
      Pattern.compile(
          "(?<url>https?://[^\\s<>\"«»]+)"
              + "|(?<![\\p{L}\\p{N}_@])@(?<handle>[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])"
              + "|(?<![\\p{L}\\p{N}_#&])#(?<tag>[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");
  private static final String TRAILING = ".,;:!?)]}'’";

  private TextRelations() {}

  static void addTo(List<Relation> relations, String text, String platform) {
    Matcher m = TOKENS.matcher(text);
    while (m.find()) {
      Relation r;
      if (m.group("url") != null) {
        r = Relation.link(trimEnd(m.group("url")));
      } else if (m.group("handle") != null) {
        String handle = m.group("handle");
        r = Relation.mention(handle, new Account(platform, null, handle, null, null));
      } else {
        r = Relation.hashtag(m.group("tag").toLowerCase(Locale.ROOT));
      }
      if (!relations.contains(r)) {
        relations.add(r);
      }
    }
  }

  private static String trimEnd(String url) {
    int end = url.length();
    while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
      end--;
    }
    return url.substring(0, end);
  }
}
