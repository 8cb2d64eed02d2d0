package org.vigie.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.document.EntityType;

/**
 * Gold named-entity data in the one-token-per-line format ({@code token TAG}, tags {@code O},
 * {@code I-PER}, {@code B-LOC}…, IOB1 or IOB2; a blank line ends a sentence; {@code -DOCSTART-}
 * lines are skipped), and Vigie's fixed train/test split of it.
 *
 * <p><b>The split.</b> Where the file has no blank lines (the Europeana newspapers file), sentences
 * end after a ".", "!" or "?" outside any name, or at the first token outside a name after 100
 * tokens. Sentences are grouped into blocks of {@value #BLOCK_TOKENS} consecutive tokens (a
 * sentence belongs to the block its first token falls in); every fifth block (blocks 4, 9, 14…) is
 * the test split, the rest is the training split. About 20% of the tokens are held out, spread over
 * the whole file (several newspapers and years), and the split never changes.
 */
public final class NerCorpus {
  public static final int BLOCK_TOKENS = 5_000;
  private static final int MAX_SENTENCE = 100;

  /** Which part of the file to use. */
  public enum Split {
    TRAIN,
    TEST,
    ALL
  }

  /** One gold sentence: its words and their tags, and the file offset of its first token. */
  public record GoldSentence(List<String> words, List<String> tags, int firstToken) {
    public GoldSentence {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
    }

    /** The gold names of this sentence. */
    public List<Span> spans() {
      return Span.fromTags(tags);
    }
  }

  /** A name as token positions [from, to) and its type. */
  public record Span(int from, int to, EntityType type) {
    /** Maximal runs of one type; a {@code B-} tag starts a new name. Unknown types are ignored. */
    public static List<Span> fromTags(List<String> tags) {
      List<Span> spans = new ArrayList<>();
      int from = -1;
      EntityType current = null;
      for (int i = 0; i <= tags.size(); i++) {
        String tag = i < tags.size() ? tags.get(i) : "O";
        EntityType type = EntityType.fromTag(tag);
        boolean starts = type != null && (type != current || tag.startsWith("B-"));
        if (current != null && (type != current || starts)) {
          spans.add(new Span(from, i, current));
          current = null;
        }
        if (starts) {
          from = i;
          current = type;
        }
      }
      return spans;
    }
  }

  private NerCorpus() {}

  /**
   * Reads a gold file and keeps one split of it.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed line
   */
  public static List<GoldSentence> read(Path file, Split split) throws IOException {
    List<GoldSentence> all = read(file);
    if (split == Split.ALL) {
      return all;
    }
    boolean test = split == Split.TEST;
    return all.stream().filter(s -> isTest(s) == test).toList();
  }

  static boolean isTest(GoldSentence s) {
    return (s.firstToken() / BLOCK_TOKENS) % 5 == 4;
  }

  /** Reads every sentence of a gold file. */
  public static List<GoldSentence> read(Path file) throws IOException {
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int tokens = 0;
    int lineNumber = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
          flush(sentences, words, tags, tokens);
          continue;
        }
        int space = lastSpace(s);
        if (space <= 0) {
          throw new IllegalArgumentException(
              file + ":" + lineNumber + ": expected 'token TAG', got '" + line + "'");
        }
        String word = s.substring(0, space).strip();
        String tag = s.substring(space + 1);
        words.add(word);
        tags.add(tag);
        tokens++;
        if (tag.equals("O") && (isTerminal(word) || words.size() >= MAX_SENTENCE)) {
          flush(sentences, words, tags, tokens);
        }
      }
    }
    flush(sentences, words, tags, tokens);
    return sentences;
  }

  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTerminal(String word) {
    return word.equals(".") || word.equals("!") || word.equals("?");
  }

  private static void flush(
      List<GoldSentence> sentences, List<String> words, List<String> tags, int tokensRead) {
    if (!words.isEmpty()) {
      sentences.add(new GoldSentence(words, tags, tokensRead - words.size()));
      words.clear();
      tags.clear();
    }
  }
}
