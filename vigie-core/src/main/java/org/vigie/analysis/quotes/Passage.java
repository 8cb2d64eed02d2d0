package org.vigie.analysis.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.analysis.nlp.Token;
import org.vigie.analysis.nlp.Tokenizer;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;

/**
 * One text prepared for quote finding: its tokens (lower-cased), the quotation spans they fall in,
 * sentence and paragraph numbers, and the person mentions by token. Built once per document; not
 * shared between threads.
 *
 * <p>A sentence ends after ".", "!", "?", "…" or ";" outside quotation marks, and at a line break
 * outside them: a quotation and the words that attribute it are one sentence however many sentences
 * it quotes.
 */
final class Passage {
  private static final Set<String> TERMINATORS = Set.of(".", "!", "?", "…", "...", ";");

  final String text;
  final List<Token> tokens;
  final String[] lower;
  final List<QuotedSpan> spans;
  final int[] spanOpen;
  final int[] spanClose;
  final int[] quoteOf;
  final int[] sentence;
  final int[] paragraph;
  private int[] sentenceFirst;
  private int[] sentenceLast;
  private boolean[] sentenceQuoted;
  private final Map<Integer, Entity> personStarting = new HashMap<>();
  private final Map<Integer, Entity> personEnding = new HashMap<>();

  Passage(String text, List<Entity> entities) {
    this(text, Tokenizer.french().tokenize(text), entities);
  }

  Passage(String text, List<Token> tokens, List<Entity> entities) {
    this.text = text;
    this.tokens = tokens;
    int n = tokens.size();
    this.lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = SpeechVerbs.lower(tokens.get(i).text());
    }
    this.spans = QuoteMarks.find(text);
    this.spanOpen = new int[spans.size()];
    this.spanClose = new int[spans.size()];
    this.quoteOf = new int[n];
    Arrays.fill(quoteOf, -1);
    for (int s = 0; s < spans.size(); s++) {
      spanOpen[s] = tokenAt(spans.get(s).open());
      spanClose[s] = tokenAt(spans.get(s).close());
      Arrays.fill(quoteOf, spanOpen[s], spanClose[s] + 1, s);
    }
    this.sentence = new int[n];
    this.paragraph = new int[n];
    number();
    for (Entity e : entities) {
      if (e.type() == EntityType.PER && e.end() <= text.length()) {
        personStarting.put(tokenAt(e.start()), e);
        personEnding.put(tokenAt(e.end() - 1), e);
      }
    }
  }

  private void number() {
    for (int i = 1; i < tokens.size(); i++) {
      boolean inside = quoteOf[i] >= 0 && quoteOf[i] == quoteOf[i - 1];
      boolean lineBreak = lineBreakBefore(i);
      paragraph[i] = paragraph[i - 1] + (lineBreak ? 1 : 0);
      boolean ends = lineBreak || quoteOf[i - 1] < 0 && TERMINATORS.contains(lower[i - 1]);
      sentence[i] = sentence[i - 1] + (ends && !inside ? 1 : 0);
    }
    int count = tokens.isEmpty() ? 0 : sentence[tokens.size() - 1] + 1;
    sentenceFirst = new int[count];
    sentenceLast = new int[count];
    for (int i = tokens.size() - 1; i >= 0; i--) {
      sentenceFirst[sentence[i]] = i;
    }
    sentenceQuoted = new boolean[count];
    for (int i = 0; i < tokens.size(); i++) {
      sentenceLast[sentence[i]] = i;
      sentenceQuoted[sentence[i]] |= quoteOf[i] >= 0;
    }
  }

  int size() {
    return tokens.size();
  }

  /** The index of the token that contains or follows an offset. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean lineBreakBefore(int i) {
    if (i == 0) {
      return false;
    }
    for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  boolean terminator(int i) {
    return TERMINATORS.contains(lower[i]);
  }

  /** The person whose mention starts at token {@code i}, or {@code null}. */
  Entity personStartingAt(int i) {
    return personStarting.get(i);
  }

  /** The person whose mention ends at token {@code i}, or {@code null}. */
  Entity personEndingAt(int i) {
    return personEnding.get(i);
  }

  /** True when token {@code i} begins its sentence. */
  boolean sentenceStart(int i) {
    return i == 0 || sentence[i - 1] != sentence[i];
  }

  /** True when tokens {@code a} and {@code b} (both in range) are in one sentence. */
  boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < size() && b < size() && sentence[a] == sentence[b];
  }

  /** The last token of token {@code i}'s sentence. */
  int sentenceEnd(int i) {
    return sentenceLast[sentence[i]];
  }

  /** True when token {@code i}'s sentence holds quotation marks. */
  boolean sentenceQuoted(int i) {
    return sentenceQuoted[sentence[i]];
  }

  /** The first token of token {@code i}'s sentence. */
  int sentenceBegin(int i) {
    return sentenceFirst[sentence[i]];
  }

  String word(int i) {
    return tokens.get(i).text();
  }

  /** The text from the start of token {@code from} to the end of token {@code to}. */
  String span(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to).end());
  }
}
