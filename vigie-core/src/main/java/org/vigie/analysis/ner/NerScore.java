package org.vigie.analysis.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.document.EntityType;

/**
 * Entity-level precision, recall and F1, as conlleval counts them: a found name is right only when
 * its span and type are exactly the gold ones. Per type and overall. Not thread-safe.
 */
public final class NerScore {
  /** Counts of one type (or of all). */
  public record Counts(int gold, int found, int correct) {
    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(int g, int f, int c) {
      return new Counts(gold + g, found + f, correct + c);
    }
  }

  private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
  private int sentences;
  private int tokens;

  public NerScore() {
    for (EntityType t : EntityType.values()) {
      byType.put(t, new Counts(0, 0, 0));
    }
  }

  /** Adds one sentence's gold and found names. */
  public void add(int sentenceTokens, List<NerCorpus.Span> gold, List<NerCorpus.Span> found) {
    sentences++;
    tokens += sentenceTokens;
    Set<NerCorpus.Span> goldSet = new HashSet<>(gold);
    for (EntityType t : EntityType.values()) {
      int g = (int) gold.stream().filter(s -> s.type() == t).count();
      int f = (int) found.stream().filter(s -> s.type() == t).count();
      int c = (int) found.stream().filter(s -> s.type() == t && goldSet.contains(s)).count();
      byType.put(t, byType.get(t).plus(g, f, c));
    }
  }

  public Counts of(EntityType type) {
    return byType.get(type);
  }

  public Counts overall() {
    Counts all = new Counts(0, 0, 0);
    for (Counts c : byType.values()) {
      all = all.plus(c.gold(), c.found(), c.correct());
    }
    return all;
  }

  public int sentences() {
    return sentences;
  }

  public int tokens() {
    return tokens;
  }

  /** A conlleval-like table: one line per type and one for all. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "%-8s %7s %7s %7s %7s %7s %7s%n", "type", "gold", "found", "correct", "P", "R", "F1"));
    for (EntityType t : EntityType.values()) {
      line(b, t.code(), byType.get(t));
    }
    line(b, "all", overall());
    return b.toString();
  }

  private static void line(StringBuilder b, String name, Counts c) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-8s %7d %7d %7d %7.4f %7.4f %7.4f%n",
            name,
            c.gold(),
            c.found(),
            c.correct(),
            c.precision(),
            c.recall(),
            c.f1()));
  }
}
