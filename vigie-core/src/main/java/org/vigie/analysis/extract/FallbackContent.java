package org.vigie.analysis.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fallbacks for a page where content scoring ({@link MainContent}) found nothing, or far too
 * little beside the prose the page shows: the marked article element ({@code itemprop=articleBody},
 * {@code <article>}, {@code <main>}, {@code role=main}), then the element whose own paragraphs hold
 * the most prose. Blogger and WordPress wrap their posts in "widget" and "post" containers that
 * pruning by name removes when sidebars and comments outweigh the post; these rules look at a fresh
 * parse where only what is never content (scripts, navigation, asides, headers, footers, forms,
 * comment areas) is taken out.
 *
 * <p>Pure and thread-safe; mutates only the document it is given.
 */
final class FallbackContent {
  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "nav",
          "aside",
          "menu",
          "header",
          "footer",
          "form",
          "button",
          "select",
          "textarea",
          "dialog",
          "head");

  /**
   * Whole class or id names of comment areas, sidebars and the like; whole names only, since a
   * layout wrapper may be called "layout-with-sidebar" and still hold the article.
   */
  private static final Set<String> NOT_CONTENT_NAMES =
      Set.of(
          "comments",
          "comment-list",
          "commentlist",
          "comments-area",
          "disqus",
          "respond",
          "sidebar",
          "secondary",
          "widget-area",
          "related",
          "related-posts",
          "share",
          "sharedaddy",
          "newsletter",
          "cookies",
          "breadcrumb",
          "breadcrumbs");

  private static final String MARKED =
      "[itemprop~=(?i)articleBody], article, main, [role=main], .post-body, .entry-content";

  /** A text and the rule that produced it. */
  record Found(String text, String rule) {}

  private FallbackContent() {}

  /** Removes what is never content from a freshly parsed page. */
  static void strip(Document doc) {
    List<Element> drop = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (NEVER_CONTENT.contains(e.normalName()) || isCommentOrWidget(e)) {
        drop.add(e);
      }
    }
    drop.forEach(Element::remove);
  }

  /** Characters of prose (enough words, few links) the stripped page shows. */
  static int visibleProse(Element root) {
    int chars = 0;
    for (TextBlock b : TextBlocks.of(root)) {
      if (MainContent.isProse(b) && !MainContent.isLinkList(b)) {
        chars += b.text().length();
      }
    }
    return chars;
  }

  /** The text of the marked article element with the most prose, or null. */
  static Found markedElement(Document doc, String title) {
    Element best = null;
    int bestProse = 0;
    for (Element e : doc.select(MARKED)) {
      int prose = visibleProse(e);
      if (prose > bestProse) {
        best = e;
        bestProse = prose;
      }
    }
    return best == null ? null : new Found(text(TextBlocks.of(best), title), "main-element");
  }

  /**
   * The text of the element whose own paragraphs ({@code <p>} children) hold the most prose, with
   * the lists and headings between them; or null when the page has no paragraph of prose.
   */
  static Found densestParagraphs(Document doc, String title) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    List<TextBlock> blocks = TextBlocks.of(doc.body() == null ? doc : doc.body());
    for (TextBlock b : blocks) {
      Element parent = b.owner().parent();
      if (b.owner().normalName().equals("p") && parent != null && MainContent.isProse(b)) {
        prose.merge(parent, b.text().length(), Integer::sum);
      }
    }
    Element best = null;
    int most = 0;
    for (Map.Entry<Element, Integer> e : prose.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best == null ? null : new Found(text(TextBlocks.of(best), title), "paragraphs");
  }

  private static String text(List<TextBlock> blocks, String title) {
    List<String> kept = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (MainContent.keep(b, title) && !b.text().strip().equalsIgnoreCase(title)) {
        kept.add(b.text().strip());
      }
    }
    return String.join("\n\n", kept);
  }

  private static boolean isCommentOrWidget(Element e) {
    if (e.attributesSize() == 0 || e.normalName().equals("body")) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String name : names.split("\\s+")) {
      if (NOT_CONTENT_NAMES.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
