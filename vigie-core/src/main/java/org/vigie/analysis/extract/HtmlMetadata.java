package org.vigie.analysis.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, most trusted source first: JSON-LD, Open Graph and article properties,
 * {@code <meta name>} tags, {@code <link rel=canonical>}, {@code <time datetime>}, then the {@code
 * <title>} without its site-name suffix and the first {@code <h1>}. Pure and thread-safe.
 */
final class HtmlMetadata {
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "datepublished",
          "og:published_time",
          "published_time",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "dc.date.issued",
          "dc.date",
          "dcterms.created",
          "dcterms.date",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "datecreated");
  private static final List<String> AUTHOR_KEYS =
      List.of("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author");

  private HtmlMetadata() {}

  /**
   * Offers the page's metadata to {@code out} and returns the JSON-LD article, whose body the
   * caller may use, or {@code null}.
   */
  static JsonLdArticle read(Document doc, Extraction.Builder out) {
    PageMarkup markup = PageMarkup.of(doc);
    JsonLdArticle ld = JsonLdArticle.find(markup.jsonLd);
    out.claimReviews(ClaimReviewReader.inJsonLd(markup.jsonLd));
    if (ld != null) {
      offerJsonLd(ld, out);
    }
    Map<String, String> meta = metaTags(markup.metas);
    offerMeta(meta, out);
    offerMarkup(doc, markup, out);
    for (Element m : markup.metas) {
      if (m.attr("property").equalsIgnoreCase("article:tag")) {
        out.keyword(m.attr("content"));
      }
    }
    keywordsOf(meta.get("news_keywords"), out);
    keywordsOf(meta.get("keywords"), out);
    return ld;
  }

  private static void offerJsonLd(JsonLdArticle ld, Extraction.Builder out) {
    out.title(ld.headline())
        .author(ld.author())
        .published(ld.published())
        .site(ld.publisher())
        .url(absoluteOnly(ld.url()))
        .description(ld.description());
    ld.keywords().forEach(out::keyword);
  }

  /** Meta tags by lower-cased {@code property}, {@code name} or {@code itemprop}; first wins. */
  private static Map<String, String> metaTags(List<Element> metas) {
    Map<String, String> tags = new HashMap<>();
    for (Element m : metas) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      key = key.isEmpty() ? m.attr("itemprop") : key;
      if (!key.isEmpty() && !m.attr("content").isBlank()) {
        tags.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content"));
      }
    }
    return tags;
  }

  private static void offerMeta(Map<String, String> meta, Extraction.Builder out) {
    out.title(meta.get("og:title"))
        .title(meta.get("twitter:title"))
        .title(meta.get("dc.title"))
        .site(meta.get("og:site_name"))
        .site(meta.get("application-name"))
        .url(absoluteOnly(meta.get("og:url")))
        .description(meta.get("og:description"))
        .description(meta.get("description"));
    for (String key : DATE_KEYS) {
      out.published(meta.get(key));
    }
    for (String key : AUTHOR_KEYS) {
      out.author(personName(meta.get(key)));
    }
  }

  private static void offerMarkup(Document doc, PageMarkup markup, Extraction.Builder out) {
    if (markup.canonical != null) {
      out.url(absoluteOnly(markup.canonical.absUrl("href")));
    }
    for (Element e : markup.dated) {
      out.published(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
    }
    if (markup.author != null) {
      out.author(personName(markup.author.text()));
    }
    out.title(TitleCleaner.strip(doc.title(), out.site()));
    if (markup.h1 != null) {
      out.title(markup.h1.text());
    }
  }

  private static void keywordsOf(String list, Extraction.Builder out) {
    if (list != null) {
      for (String k : list.split("[,;]")) {
        out.keyword(k);
      }
    }
  }

  /** A person's name from a byline-like value; URLs (profile pages) are not names. */
  static String personName(String value) {
    if (value == null || value.isBlank() || value.contains("://")) {
      return null;
    }
    String name = value.strip().replaceFirst("(?i)^(by|par)\\s+", "");
    return name.length() > 120 ? null : name;
  }

  private static String absoluteOnly(String url) {
    return url != null && url.startsWith("http") ? url : null;
  }
}
