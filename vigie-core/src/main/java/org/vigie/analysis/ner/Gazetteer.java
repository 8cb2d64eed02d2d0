package org.vigie.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.analysis.nlp.Token;
import org.vigie.analysis.nlp.Tokenizer;
import org.vigie.document.EntityType;

/**
 * Known names of places and organisations, and common first names, loaded from the resource files
 * next to this class ({@code places.tsv}, {@code organizations.tsv}, {@code first-names.txt}).
 * Immutable and thread-safe once built.
 *
 * <p>Names are matched on token sequences, longest first, case-sensitively (entries marked {@code
 * anycase} also in lower case); apostrophes are compared without regard to their shape.
 */
public final class Gazetteer {
  /** A name found in a token sequence: tokens [from, to). */
  public record Match(int from, int to, EntityType type, String canonical) {}

  private record Entry(EntityType type, String canonical) {}

  private final Node root = new Node();
  private final Set<String> firstNames = new HashSet<>();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Entry entry;
  }

  private Gazetteer() {}

  /** The gazetteer shipped with Vigie. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (String line : lines("places.tsv")) {
      g.addLine(line, EntityType.LOC);
    }
    for (String line : lines("organizations.tsv")) {
      g.addLine(line, EntityType.ORG);
    }
    for (String line : lines("first-names.txt")) {
      g.firstNames.add(line.strip());
    }
    return g;
  }

  private void addLine(String line, EntityType type) {
    String[] cols = line.split("\t");
    String name = cols[0].strip();
    String canonical = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : name;
    add(name, new Entry(type, canonical));
    if (name.length() >= 4 && name.chars().allMatch(Character::isUpperCase)) {
      add(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT), new Entry(type, canonical));
    }
    if (cols.length > 2 && cols[2].strip().equals("anycase")) {
      add(name.toLowerCase(Locale.ROOT), new Entry(type, canonical));
    }
  }

  private void add(String name, Entry entry) {
    Node node = root;
    for (Token t : Tokenizer.french().tokenize(name)) {
      node = node.next.computeIfAbsent(key(t.text()), k -> new Node());
    }
    if (node.entry == null) {
      node.entry = entry;
    }
  }

  static List<String> lines(String resource) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource org/vigie/analysis/ner/" + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/vigie/analysis/ner/" + resource, e);
    }
    return lines;
  }

  /** True when the word is a known first name ("Hadizetou", "Jean"). */
  public boolean isFirstName(String word) {
    return firstNames.contains(word);
  }

  /** The known names in a token sequence, longest first, not overlapping, in order. */
  public List<Match> find(List<String> words) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match m = longestAt(words, i);
      if (m == null) {
        i++;
      } else {
        matches.add(m);
        i = m.to();
      }
    }
    return matches;
  }

  private Match longestAt(List<String> words, int from) {
    Node node = root;
    Match best = null;
    for (int j = from; j < words.size(); j++) {
      node = node.next.get(key(words.get(j)));
      if (node == null) {
        break;
      }
      if (node.entry != null) {
        best = new Match(from, j + 1, node.entry.type(), node.entry.canonical());
      }
    }
    return best;
  }

  private static String key(String word) {
    return word.indexOf('\'') >= 0 ? word.replace('\'', '’') : word;
  }
}
