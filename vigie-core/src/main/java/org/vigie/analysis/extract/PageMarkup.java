package org.vigie.analysis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that carry metadata, gathered in one walk over the document instead of one
 * CSS selection each: JSON-LD scripts, {@code <meta content>} tags, the canonical link, dated
 * elements ({@code itemprop=datePublished}, {@code <time datetime>}), the first author element
 * ({@code [itemprop=author] [itemprop=name]} or {@code [rel=author]}) and the first {@code <h1>}.
 * Lists are in document order.
 */
final class PageMarkup implements NodeVisitor {
  final List<String> jsonLd = new ArrayList<>();
  final List<Element> metas = new ArrayList<>();
  final List<Element> dated = new ArrayList<>();
  Element canonical;
  Element author;
  Element h1;
  private int inAuthor;

  private PageMarkup() {}

  static PageMarkup of(Document doc) {
    PageMarkup markup = new PageMarkup();
    NodeTraversor.traverse(markup, doc);
    return markup;
  }

  @Override
  public void head(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return;
    }
    switch (e.normalName()) {
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
          jsonLd.add(e.data());
        }
      }
      case "meta" -> {
        if (e.hasAttr("content")) {
          metas.add(e);
        }
      }
      case "link" -> {
        if (canonical == null
            && e.attr("rel").strip().equalsIgnoreCase("canonical")
            && e.hasAttr("href")) {
          canonical = e;
        }
      }
      case "h1" -> h1 = h1 == null ? e : h1;
      default -> {}
    }
    if (e.attributesSize() == 0) {
      return;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("datePublished")
        || (e.normalName().equals("time") && e.hasAttr("datetime"))) {
      dated.add(e);
    }
    if (author == null
        && ((inAuthor > 0 && itemprop.equalsIgnoreCase("name"))
            || e.attr("rel").equalsIgnoreCase("author"))) {
      author = e;
    }
    if (itemprop.equalsIgnoreCase("author")) {
      inAuthor++;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e
        && inAuthor > 0
        && e.attr("itemprop").equalsIgnoreCase("author")) {
      inAuthor--;
    }
  }
}
