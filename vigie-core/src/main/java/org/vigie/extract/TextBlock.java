package org.vigie.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text that a page shows as one block (a paragraph, a heading, a list item, the text of a
 * {@code div}), with how much of it is link text.
 *
 * @param owner the innermost block element holding the text
 * @param linkChars how many of the text's characters are inside links
 */
record TextBlock(Element owner, String text, int linkChars, boolean heading, boolean listItem) {

  int words() {
    return Words.count(text);
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
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
