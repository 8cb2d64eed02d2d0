package org.vigie.analysis.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text that a page shows as one block (a paragraph, a heading, a list item, the text of a
 * {@code div}), with how much of it is link text.
 *
 * @param owner the innermost block element holding the text
 * @param linkChars how many of the text's characters are inside links
 * @param words how many words the text has ({@link Words#count}), counted once
 */
record TextBlock(
    Element owner, String text, int linkChars, boolean heading, boolean listItem, int words) {

  TextBlock(Element owner, String text, int linkChars, boolean heading, boolean listItem) {
    this(owner, text, linkChars, heading, listItem, Words.count(text));
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /**
   * Whether the text is cut short with an ellipsis, as teasers of other articles are ("…police said
   * the suspect was..."; "[…]"): an ellipsis right after a word or a comma, optionally in brackets.
   */
  boolean endsTruncated() {
    String t = text.strip();
    int end = t.length();
    if (end > 0 && t.charAt(end - 1) == ']') {
      end--;
    }
    int dots;
    if (end >= 1 && t.charAt(end - 1) == '…') {
      dots = end - 1;
    } else if (end >= 3 && t.startsWith("...", end - 3)) {
      dots = end - 3;
    } else {
      return false;
    }
    while (dots > 0 && t.charAt(dots - 1) == '.') {
      dots--;
    }
    if (dots > 0 && (t.charAt(dots - 1) == ' ' || t.charAt(dots - 1) == '[')) {
      dots--;
    }
    return dots > 0 && (Character.isLetterOrDigit(t.charAt(dots - 1)) || t.charAt(dots - 1) == ',');
  }

  /** Whether the block ends like a sentence or a clause does. */
  boolean endsLikeSentence() {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    return ".!?:;…\"”»)。！？」』".indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}
