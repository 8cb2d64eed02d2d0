package org.vigie.link.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of news texts labelled with the topics they should and should not get, read from JSON
 * Lines: one object per line, {@code {"id", "title", "text", "topics": [...], "not": [...],
 * "maybe": [...]}}. {@code topics} is every topic the text is about; {@code maybe} topics may be
 * given or not; any other topic is wrong, and {@code not} names the ones the text was written to
 * tempt (it shares their words without being about them). Vigie's own set, {@link #BUNDLED}, was
 * written for the starter taxonomy: 429 texts in the style of the West African and international
 * French-language press, which the starter queries were written against; and {@link #HOLDOUT}, 81
 * texts written afterwards and measured once, never used to change a query.
 */
public final class LabelledTexts {
  public static final String BUNDLED = "/org/vigie/link/topics/topic-eval-fr.jsonl";
  public static final String HOLDOUT = "/org/vigie/link/topics/topic-eval-fr-holdout.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledTexts() {}

  /** One labelled text. */
  public record Text(
      String id,
      String title,
      String text,
      Set<String> topics,
      Set<String> not,
      Set<String> maybe) {
    public Text {
      topics = Set.copyOf(topics);
      not = Set.copyOf(not);
      maybe = Set.copyOf(maybe);
    }
  }

  /** The texts read, and one message per line skipped (naming the file, the line and the field). */
  public record Read(List<Text> texts, List<String> errors) {}

  /** Vigie's own labelled set. */
  public static Read bundled() {
    return resource(BUNDLED);
  }

  /** Vigie's held-out set: texts no query was tuned on. */
  public static Read holdout() {
    return resource(HOLDOUT);
  }

  private static Read resource(String name) {
    try (InputStream in = LabelledTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the labelled topic set is missing: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Reads a labelled set; a line that is not a labelled text is reported and skipped.
   *
   * @param name the file's name in error messages
   */
  public static Read read(InputStream in, String name) throws IOException {
    List<Text> texts = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Text t = text(JSON.readTree(line));
        if (!ids.add(t.id())) {
          throw new IllegalArgumentException("id '" + t.id() + "' is given twice");
        }
        texts.add(t);
      } catch (IOException | IllegalArgumentException e) {
        errors.add(name + ":" + number + ": " + e.getMessage());
      }
    }
    return new Read(List.copyOf(texts), List.copyOf(errors));
  }

  private static Text text(JsonNode o) {
    String id = string(o, "id");
    Set<String> topics = ids(o, "topics");
    Set<String> not = ids(o, "not");
    Set<String> maybe = ids(o, "maybe");
    Set<String> both = new TreeSet<>(not);
    both.retainAll(union(topics, maybe));
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("field 'not' repeats topics it should get: " + both);
    }
    return new Text(id, o.path("title").asText(""), string(o, "text"), topics, not, maybe);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static String string(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("field '" + field + "' must be a non-blank string");
    }
    return v.asText();
  }

  private static Set<String> ids(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null) {
      return Set.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be a list of topic ids");
    }
    Set<String> ids = new HashSet<>();
    v.forEach(x -> ids.add(x.asText()));
    return ids;
  }
}
