package org.vigie.analysis.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes from a parsed page the elements that never hold article text: scripts and styles,
 * navigation, forms, footers and asides, hidden elements, and elements whose class or id names
 * boilerplate (comments, sidebars, share bars, related links, menus, ads…). An element holding much
 * of the page's text, or the article's markers ({@code <article>}, {@code <main>}, {@code
 * itemprop=articleBody}), is kept whatever its name says, since some sites call their main wrapper
 * "has-sidebar" or "with-comments".
 *
 * <p>Mutates the element it is given; thread-safe otherwise.
 */
final class BoilerplatePruner {
  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "button",
          "input",
          "select",
          "textarea",
          "label",
          "nav",
          "aside",
          "menu",
          "dialog",
          "figcaption",
          "audio",
          "video",
          "map",
          "head",
          "link",
          "meta");
  private static final Set<String> USUALLY_BOILERPLATE =
      Set.of("footer", "header", "form", "figure");
  private static final Set<String> PROTECTED = Set.of("html", "body", "main", "article");
  private static final Pattern NEGATIVE_NAME =
      Pattern.compile(
          "(?:^|[-_])(?:comments?|commentaires?|disqus|respond|replies|sidebar|widgets?"
              + "|footer|share|sharing|sharedaddy|partage|social|sociaux|related|recommend\\w*"
              + "|promo|advert\\w*|ads?|adv|publicite|sponsor\\w*|newsletter|subscribe\\w*"
              + "|signup|popup|cookies?|consent|gdpr|breadcrumbs?|fil-ariane|menu|navbar|nav"
              + "|navigation|masthead|byline|tags?|author-bio|caption|credits?|toolbar"
              + "|pagination|pager|skip|outbrain|taboola|trending|most-read|paywall|rating"
              + "|sr-only|visually-hidden|screen-reader-text|print-only|offscreen)"
              + "(?:$|[-_])");

  /**
   * Names that mark content even when they also name something else ({@code
   * entry-content-read-more}).
   */
  private static final Pattern POSITIVE_NAME =
      Pattern.compile("content|article|entry|body|story|post|text|main");

  private static final Pattern COMMENT_NAME =
      Pattern.compile(
          "(?:^|[\\s_-])(?:comments|comment-list|commentlist|comments-area|disqus)(?:$|[\\s_-])");
  private static final double PROTECTED_TEXT_SHARE = 0.4;

  private BoilerplatePruner() {}

  /** Removes boilerplate elements below {@code root}. */
  static void prune(Element root) {
    Map<Element, Integer> chars = textLengths(root);
    Map<String, Boolean> names = new HashMap<>();
    int rootChars = chars.getOrDefault(root, 0);
    Deque<Element> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Element e = work.pop();
      for (Element child : List.copyOf(e.children())) {
        if (isBoilerplate(child, chars.getOrDefault(child, 0), rootChars, names)) {
          child.remove();
        } else {
          work.push(child);
        }
      }
    }
  }

  /** Characters of text under each element, counted in one pass so that pruning stays linear. */
  private static Map<Element, Integer> textLengths(Element root) {
    Map<Element, Integer> chars = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            Element parent = node.parent() instanceof Element p ? p : null;
            int own = node instanceof TextNode t ? t.text().length() : chars.getOrDefault(node, 0);
            if (parent != null && own > 0 && node != root) {
              chars.merge(parent, own, Integer::sum);
            }
          }
        },
        root);
    return chars;
  }

  /**
   * Whether to remove {@code e}; {@code names} caches the verdict on class and id names, since a
   * page repeats the same few names on many elements.
   */
  private static boolean isBoilerplate(
      Element e, int chars, int rootChars, Map<String, Boolean> names) {
    String tag = e.normalName();
    if (NEVER_CONTENT.contains(tag) || isHidden(e)) {
      return true;
    }
    if (PROTECTED.contains(tag)) {
      return false;
    }
    boolean suspect =
        USUALLY_BOILERPLATE.contains(tag) || hasBoilerplateName(e, names) || isMenuRole(e);
    if (!suspect) {
      return false;
    }
    if (isCommentArea(e)) {
      return !holdsArticle(e);
    }
    return chars < rootChars * PROTECTED_TEXT_SHARE && !holdsPostBody(e);
  }

  /** Reader comments can outweigh the article, so their size does not protect them. */
  private static boolean isCommentArea(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return COMMENT_NAME.matcher(names).find();
  }

  /**
   * Blogger and WordPress name the post's wrappers "widget Blog" or after their sidebar; the body
   * marked inside them ({@code itemprop=articleBody}, {@code post-body}, {@code entry-content})
   * protects them, however much the sidebar and comments outweigh the post.
   */
  private static boolean holdsPostBody(Element e) {
    return e.selectFirst("[itemprop~=articleBody], .post-body, .entry-content") != null;
  }

  private static boolean holdsArticle(Element e) {
    return e.selectFirst("article, main, h1, [itemprop=articleBody]") != null;
  }

  private static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    style = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static boolean isMenuRole(Element e) {
    String role = e.attr("role");
    return role.equals("navigation")
        || role.equals("complementary")
        || role.equals("contentinfo")
        || role.equals("banner")
        || role.equals("menu");
  }

  /**
   * Whether the class or id names boilerplate ({@code sidebar-left}, {@code ad}) and nothing that
   * names content ({@code article-body pagination-first} is content).
   */
  static boolean hasBoilerplateName(Element e, Map<String, Boolean> cache) {
    if (e.attributesSize() == 0 || e.hasAttr("itemprop")) {
      return false;
    }
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return false;
    }
    return cache.computeIfAbsent(className + " " + id, BoilerplatePruner::namesBoilerplate);
  }

  private static boolean namesBoilerplate(String classAndId) {
    String names = classAndId.toLowerCase(Locale.ROOT);
    if (POSITIVE_NAME.matcher(names).find()) {
      return false;
    }
    for (String token : names.split("\\s+")) {
      if (NEGATIVE_NAME.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }
}
