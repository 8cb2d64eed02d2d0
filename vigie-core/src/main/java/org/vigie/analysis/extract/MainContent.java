package org.vigie.analysis.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among a page's text blocks.
 *
 * <p>Each block gets a value: prose (enough words, few links) is worth its non-link characters,
 * while link lists and short fragments (menus, labels, dates, counters) cost a share of their
 * length. Every element then scores the sum of the values of the blocks under it, and the element
 * with the highest sum is the article container: it gathers the most prose for the least
 * boilerplate, so it is neither a lone paragraph (too little prose) nor the whole page (too much
 * boilerplate). Inside it, blocks that look like boilerplate are dropped once more.
 *
 * <p>Pure and thread-safe.
 */
final class MainContent {
  private static final int PROSE_WORDS = 12;
  private static final int SHORT_PROSE_WORDS = 6;
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double FRAGMENT_COST = 0.3;
  private static final double LINK_LIST_COST = 1.0;

  /**
   * A list item without links (an ingredient, a step, a feature, a programme slot) is content in
   * the making: worth a share of its length, so the container of a recipe or a product sheet
   * includes its lists, while link lists around it still cost.
   */
  private static final double LIST_ITEM_WORTH = 0.2;

  private static final int LIST_ITEM_WORDS = 2;
  private static final double CONTENT_NAME_BONUS = 1.3;
  private static final double ARTICLE_BODY_BONUS = 2;
  private static final Pattern CONTENT_NAME =
      Pattern.compile(
          "(?i)article[-_]?body|articlebody|entry[-_]content|post[-_]?(?:content|body|text)"
              + "|story[-_]?(?:body|content|text)|article[-_]?(?:content|text)|content[-_]?body"
              + "|main[-_]content|article__body|rich[-_]?text|field[-_]body");

  private MainContent() {}

  /**
   * The blocks of the article body, in document order; empty when the page has no prose. A block
   * cut short with an ellipsis is a teaser of another article unless it goes on from the prose
   * before it (a paywalled last paragraph, a writer's "Here's the thing …").
   */
  static List<TextBlock> select(List<TextBlock> blocks, String title) {
    boolean[] teasers = teasers(blocks);
    Element container = bestContainer(blocks, teasers);
    List<TextBlock> kept = new ArrayList<>();
    if (container == null) {
      return kept;
    }
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (!teasers[i] && isInside(b.owner(), container) && keep(b, title)) {
        kept.add(b);
      }
    }
    return kept;
  }

  /** Which blocks are cut short with an ellipsis without going on from prose just before them. */
  static boolean[] teasers(List<TextBlock> blocks) {
    boolean[] teasers = new boolean[blocks.size()];
    boolean afterProse = false;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      boolean truncated = b.endsTruncated();
      teasers[i] = truncated && !afterProse;
      afterProse = !teasers[i] && isProse(b) && !isLinkList(b);
    }
    return teasers;
  }

  /**
   * The element with the highest score; on a tie the deeper one, since ancestors are visited after
   * their descendants and only a strictly higher score replaces the best.
   */
  private static Element bestContainer(List<TextBlock> blocks, boolean[] teasers) {
    Map<Element, Double> sums = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      double v = teasers[i] ? -FRAGMENT_COST * b.text().length() : value(b);
      for (Element e = b.owner(); e != null; e = e.parent()) {
        sums.merge(e, v, Double::sum);
      }
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    sums.forEach((e, sum) -> scores.put(e, sum * nameBonus(e)));
    Element best = null;
    double bestScore = 0;
    for (TextBlock b : blocks) {
      for (Element e = b.owner(); e != null; e = e.parent()) {
        double score = scores.get(e);
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    return best;
  }

  private static double nameBonus(Element e) {
    if (e.attr("itemprop").contains("articleBody")) {
      return ARTICLE_BODY_BONUS;
    }
    return CONTENT_NAME.matcher(e.className() + " " + e.id()).find() ? CONTENT_NAME_BONUS : 1;
  }

  /** Prose earns its non-link characters; links and fragments cost. */
  static double value(TextBlock b) {
    int length = b.text().length();
    if (isLinkList(b)) {
      return -LINK_LIST_COST * length;
    }
    if (isProse(b)) {
      return length - 2.0 * b.linkChars();
    }
    if (b.listItem() && b.linkChars() == 0 && b.words() >= LIST_ITEM_WORDS) {
      return LIST_ITEM_WORTH * length;
    }
    return -FRAGMENT_COST * length;
  }

  /**
   * Mostly link text, and what is not a link is no sentence of its own. A list item that opens with
   * a linked headline and goes on with a full sentence ("<a>WeWork is investigated</a>. The company
   * confirmed…") is prose that cites, not a menu.
   */
  static boolean isLinkList(TextBlock b) {
    if (b.linkDensity() <= MAX_LINK_DENSITY) {
      return false;
    }
    double ownWords = b.words() * (1 - b.linkDensity());
    return ownWords < PROSE_WORDS || !b.endsLikeSentence();
  }

  static boolean isProse(TextBlock b) {
    int words = b.words();
    return words >= PROSE_WORDS || (words >= SHORT_PROSE_WORDS && b.endsLikeSentence());
  }

  static boolean keep(TextBlock b, String title) {
    if (isLinkList(b)) {
      return false;
    }
    if (isProse(b) && !b.heading()) {
      return true;
    }
    if (title != null && b.text().equalsIgnoreCase(title)) {
      return false;
    }
    if (b.heading() || b.listItem()) {
      return b.words() > 0 && b.linkDensity() < 0.3;
    }
    return b.words() >= 3 && b.endsLikeSentence();
  }

  static boolean isInside(Element e, Element container) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == container) {
        return true;
      }
    }
    return false;
  }
}
