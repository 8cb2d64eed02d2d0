package org.vigie.analysis.harm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A list of token patterns read from a TSV file ({@code #} starts a comment line). Used for the
 * hostility lexicon ({@code lexicon.tsv}: pattern, category, target, severity, language, country,
 * source) and the target groups ({@code targets.tsv}: pattern, group). Immutable, thread-safe.
 */
public final class HarmLexicon {
  /** Where an entry matched: tokens {@code from} to {@code to} (exclusive). */
  public record Hit(LexiconEntry entry, int from, int to) {}

  private static final Set<String> CATEGORIES =
      Set.of(
          LexiconEntry.SLUR,
          LexiconEntry.DEHUMANISATION,
          LexiconEntry.THREAT,
          LexiconEntry.HOSTILITY,
          LexiconEntry.STIGMA,
          LexiconEntry.PROFANITY,
          "group");
  private final List<LexiconEntry> entries;

  private final java.util.Map<String, List<LexiconEntry>> byKey = new java.util.HashMap<>();

  HarmLexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
    for (LexiconEntry e : entries) {
      for (String key : new java.util.LinkedHashSet<>(e.pattern().keys())) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** The shipped hostility lexicon. */
  public static HarmLexicon hostility() {
    return resource("lexicon.tsv");
  }

  /** The shipped target-group patterns (category {@code group}, target = the group's name). */
  public static HarmLexicon targets() {
    return resource("targets.tsv");
  }

  private static HarmLexicon resource(String name) {
    try (InputStream in = HarmLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/vigie/analysis/harm/" + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a lexicon; {@link IllegalArgumentException} names the line that is wrong. Lines with two
   * columns are target groups.
   */
  public static HarmLexicon read(InputStream in, String name) throws IOException {
    List<LexiconEntry> entries = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        entries.add(entry(line.split("\t", -1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ", line " + number + ": " + e.getMessage(), e);
      }
    }
    return new HarmLexicon(entries);
  }

  private static LexiconEntry entry(String[] f) {
    if (f.length == 2) {
      return new LexiconEntry(TokenPattern.compile(f[0]), "group", f[1].strip(), 0, "fra", "*", "");
    }
    if (f.length != 7) {
      throw new IllegalArgumentException("7 tab-separated columns expected, found " + f.length);
    }
    String category = f[1].strip();
    if (!CATEGORIES.contains(category)) {
      throw new IllegalArgumentException("unknown category '" + category + "'");
    }
    int severity = Integer.parseInt(f[3].strip());
    if (severity < 1 || severity > 3) {
      throw new IllegalArgumentException("severity must be 1..3: " + severity);
    }
    return new LexiconEntry(
        TokenPattern.compile(f[0]),
        category,
        f[2].strip(),
        severity,
        f[4].strip(),
        f[5].strip(),
        f[6].strip());
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /** Every match, by start token; at one start the longest match of each entry. */
  public List<Hit> match(NormalizedText text) {
    List<NormalizedText.Token> tokens = text.tokens();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      candidates(form.substring(0, Math.min(1, form.length())), form, tokens, i, hits);
      if (form.length() >= 2) {
        candidates(form.substring(0, 2), form, tokens, i, hits);
      }
    }
    return hits;
  }

  private void candidates(
      String key, String form, List<NormalizedText.Token> tokens, int i, List<Hit> hits) {
    for (LexiconEntry e : byKey.getOrDefault(key, List.of())) {
      if (e.pattern().firstMatches(form)) {
        int end = e.pattern().matchAt(tokens, i);
        if (end > i && hits.stream().noneMatch(h -> h.entry() == e && h.from() == i)) {
          hits.add(new Hit(e, i, end));
        }
      }
    }
  }
}
