package org.vigie.store.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchResult.Part;
import org.vigie.search.SearchResult.Snippet;

/**
 * Cuts highlighted passages out of the stored text with Lucene's unified highlighter, using the
 * offsets kept in the postings. Passages are returned as parts, never as HTML: escaping is the
 * view's job.
 */
final class Snippets {
  private static final int PASSAGES = 2;
  private static final int MAX_PASSAGE_CHARS = 280;
  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Snippets for each document, in the order of {@code docIds}. */
  List<List<Snippet>> cut(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    ObjectHighlighter highlighter =
        new ObjectHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new PartsFormatter())
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.FRENCH))
                .withMaxLength(200_000));
    int[] passages = new int[] {PASSAGES};
    Map<String, Object[]> out =
        highlighter.objects(new String[] {SearchFields.TEXT}, query, docIds.clone(), passages);
    Object[] perDoc = out.get(SearchFields.TEXT);
    List<List<Snippet>> result = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      @SuppressWarnings("unchecked")
      List<Snippet> s = perDoc == null || perDoc[i] == null ? List.of() : (List<Snippet>) perDoc[i];
      result.add(s);
    }
    return result;
  }

  /** Opens the highlighter's per-object entry point, which Lucene keeps for subclasses. */
  private static final class ObjectHighlighter extends UnifiedHighlighter {
    ObjectHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
  }

  /** Turns Lucene passages into snippet parts, shortening long sentences around the matches. */
  private static final class PartsFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      return Arrays.stream(passages).map(p -> snippet(p, content)).toList();
    }

    private static Snippet snippet(Passage p, String content) {
      int start = p.getStartOffset();
      int end = p.getEndOffset();
      if (p.getNumMatches() > 0 && end - start > MAX_PASSAGE_CHARS) {
        start = wordStart(content, Math.max(start, p.getMatchStarts()[0] - MAX_PASSAGE_CHARS / 3));
      }
      if (end - start > MAX_PASSAGE_CHARS) {
        end = wordEnd(content, start + MAX_PASSAGE_CHARS, start);
      }
      List<Part> parts = new ArrayList<>();
      if (start > p.getStartOffset()) {
        parts.add(new Part("… ", false));
      }
      int pos = start;
      for (int m = 0; m < p.getNumMatches(); m++) {
        int ms = p.getMatchStarts()[m];
        int me = p.getMatchEnds()[m];
        if (ms < pos || me > end) {
          continue;
        }
        addPlain(parts, content, pos, ms);
        parts.add(new Part(content.substring(ms, me), true));
        pos = me;
      }
      addPlain(parts, content, pos, end);
      if (end < p.getEndOffset()) {
        parts.add(new Part(" …", false));
      }
      return new Snippet(parts);
    }

    /** The start of the word at or after {@code i}, so a cut never splits a word. */
    private static int wordStart(String content, int i) {
      int j = i;
      while (j > 0 && j < content.length() && !Character.isWhitespace(content.charAt(j - 1))) {
        j++;
      }
      return Math.min(j, content.length());
    }

    /** The end of the last whole word before {@code i}, but not before {@code floor}. */
    private static int wordEnd(String content, int i, int floor) {
      int j = Math.min(i, content.length());
      while (j > floor + 1 && j < content.length() && !Character.isWhitespace(content.charAt(j))) {
        j--;
      }
      return j;
    }

    private static void addPlain(List<Part> parts, String content, int from, int to) {
      if (to > from) {
        parts.add(new Part(content.substring(from, to).replace('\n', ' '), false));
      }
    }
  }
}
