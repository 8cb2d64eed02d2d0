package org.vigie.analysis.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts the text under an element into {@link TextBlock}s, in document order, the way a browser
 * would break it into blocks: every block-level element starts and ends a block, {@code <br>} is a
 * line break inside one, and {@code <br><br>} a paragraph break inside one (the block is still
 * scored as a whole). Whitespace is collapsed except inside {@code <pre>}.
 */
final class TextBlocks implements NodeVisitor {
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "caption",
          "html",
          "option",
          "legend");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n{2,}");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int preDepth;
  private int headingDepth;
  private int listDepth;

  private TextBlocks() {}

  static List<TextBlock> of(Element root) {
    TextBlocks collector = new TextBlocks();
    collector.open.push(root);
    NodeTraversor.traverse(collector, root);
    collector.flush(root);
    return collector.blocks;
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t);
    } else if (node instanceof Element e) {
      enter(e);
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      leave(e);
    }
  }

  private void enter(Element e) {
    String tag = e.normalName();
    if (tag.equals("br")) {
      text.append('\n');
      return;
    }
    if (isBlock(e)) {
      flush(open.peek());
      open.push(e);
    }
    count(tag, 1);
  }

  private void leave(Element e) {
    String tag = e.normalName();
    if (isBlock(e) && !open.isEmpty() && open.peek() == e) {
      flush(e);
      open.pop();
    }
    count(tag, -1);
  }

  private void count(String tag, int step) {
    switch (tag) {
      case "a" -> linkDepth += step;
      case "pre" -> preDepth += step;
      case "li", "dd", "dt" -> listDepth += step;
      default -> headingDepth += HEADINGS.contains(tag) ? step : 0;
    }
  }

  private void append(TextNode node) {
    String s = preDepth > 0 ? node.getWholeText() : collapse(node.getWholeText());
    if (s.isEmpty() || (s.equals(" ") && (text.isEmpty() || endsWithSpace()))) {
      return;
    }
    text.append(s);
    if (linkDepth > 0) {
      linkChars += s.strip().length();
    }
  }

  private boolean endsWithSpace() {
    char last = text.charAt(text.length() - 1);
    return last == ' ' || last == '\n';
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = Character.isWhitespace(c) || c == '\u00a0';
      if (ws && !space) {
        out.append(' ');
      } else if (!ws) {
        out.append(c);
      }
      space = ws;
    }
    return out.toString();
  }

  private void flush(Element owner) {
    String t = LINE_BREAK.matcher(text).replaceAll("\n");
    t = PARAGRAPH_BREAK.matcher(t).replaceAll("\n\n").strip();
    if (!t.isEmpty() && owner != null) {
      int links = Math.min(linkChars, t.length());
      blocks.add(new TextBlock(owner, t, links, headingDepth > 0, listDepth > 0));
    }
    text.setLength(0);
    linkChars = 0;
  }
}
