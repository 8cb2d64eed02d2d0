package org.vigie.link.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of a MasakhaNEWS split ({@code category, headline, text, url}, tab-separated, one
 * article a line, fields optionally in double quotes with {@code ""} for a quote).
 */
public record NewsArticle(String category, String headline, String text, String url) {
  /** The header line; some split files repeat it midway, where two parts were joined. */
  private static final String HEADER = "category\theadline\ttext\turl";

  /** The article as a page's clean text would be: headline, blank line, body. */
  public String asDocument() {
    return headline + "\n\n" + text;
  }

  /**
   * Reads the named splits of a MasakhaNEWS language folder, in order.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed record
   */
  public static List<NewsArticle> read(Path folder, String... splits) throws IOException {
    List<NewsArticle> articles = new ArrayList<>();
    for (String split : splits) {
      Path file = folder.resolve(split + ".tsv");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        if (!lines.get(i).isBlank() && !lines.get(i).startsWith(HEADER)) {
          articles.add(parse(lines.get(i), file + ":" + (i + 1)));
        }
      }
    }
    return articles;
  }

  private static NewsArticle parse(String line, String where) {
    String[] f = line.split("\t", -1);
    if (f.length != 4) {
      throw new IllegalArgumentException(
          where + ": expected 4 tab-separated fields, found " + f.length);
    }
    return new NewsArticle(unquote(f[0]), unquote(f[1]), unquote(f[2]), unquote(f[3]));
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
    }
    return t;
  }
}
