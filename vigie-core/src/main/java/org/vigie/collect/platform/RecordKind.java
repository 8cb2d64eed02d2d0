package org.vigie.collect.platform;

import java.util.Locale;

/**
 * What each record of a generic CSV or JSONL file becomes: a platform post (the default, for
 * platform data) or an article (a spreadsheet of news articles: site from the URL's host, the
 * extraction, duplicate and story rules of articles).
 */
public enum RecordKind {
  POST,
  ARTICLE;

  /**
   * The kind named {@code post} or {@code article} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static RecordKind of(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "post", "posts" -> POST;
      case "article", "articles" -> ARTICLE;
      default ->
          throw new IllegalArgumentException(
              "records are read as 'post' or 'article', not '" + name + "'");
    };
  }
}
