package org.vigie.archive.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.Signal;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;

/**
 * Writes every document matching a search to a stream as CSV or JSONL, as the backend hands them
 * over ({@link Searcher#forEachMatch}): nothing is collected, so memory stays flat whatever the
 * number of rows, and the first bytes leave at once. Not thread-safe; one exporter per export.
 */
public final class DocumentExporter {
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "title",
          "published",
          "source",
          "site",
          "url",
          "language",
          "type",
          "author",
          "people",
          "organisations",
          "places",
          "topics",
          "duplicate_of",
          "story",
          "excerpt",
          "harm");

  /** Characters of text in the CSV's excerpt column. */
  public static final int EXCERPT_CHARS = 300;

  /** Bytes buffered before they are handed to the stream. */
  private static final int BUFFER = 64 * 1024;

  private final ResultFormat format;
  private final java.util.function.UnaryOperator<AnalyzedDocument> shown;
  private final char separator;

  public DocumentExporter(ResultFormat format) {
    this(format, d -> d);
  }

  /** An exporter that writes each document as {@code shown} makes it (what a reader may see). */
  public DocumentExporter(
      ResultFormat format, java.util.function.UnaryOperator<AnalyzedDocument> shown) {
    this(format, shown, ',');
  }

  /**
   * The same, its CSV fields separated by {@code separator}: {@code ;} for French spreadsheets,
   * {@code ,} otherwise.
   */
  public DocumentExporter(
      ResultFormat format,
      java.util.function.UnaryOperator<AnalyzedDocument> shown,
      char separator) {
    if (separator != ',' && separator != ';') {
      throw new IllegalArgumentException("bad CSV separator '" + separator + "': expected , or ;");
    }
    this.format = format;
    this.shown = shown;
    this.separator = separator;
  }

  /**
   * Writes the matches of {@code request} to {@code out} (flushed, not closed) and answers how many
   * documents were written.
   *
   * @throws UncheckedIOException when the stream fails (a client that went away), which stops the
   *     export
   */
  public long export(Searcher searcher, SearchRequest request, OutputStream out) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    long[] rows = {0};
    try {
      if (format == ResultFormat.CSV) {
        w.write('\uFEFF');
        w.write(CsvRow.of(CSV_COLUMNS, separator));
      }
      w.flush();
      searcher.forEachMatch(request, d -> write(w, shown.apply(d), rows));
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the export stream failed after " + rows[0] + " rows", e);
    }
    return rows[0];
  }

  private void write(Writer w, AnalyzedDocument d, long[] rows) {
    try {
      w.write(
          format == ResultFormat.CSV
              ? CsvRow.of(csvFields(d), separator)
              : DocumentJson.write(d) + "\n");
      rows[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException("the export stream failed after " + rows[0] + " rows", e);
    }
  }

  /** A document's CSV fields, in the order of {@link #CSV_COLUMNS}. */
  public static List<String> csvFields(AnalyzedDocument d) {
    List<String> f = new ArrayList<>(CSV_COLUMNS.size());
    f.add(d.id());
    f.add(d.title());
    f.add(d.published());
    f.add(d.sourceId());
    f.add(d.site());
    f.add(d.url());
    f.add(d.language());
    f.add(d.type());
    f.add(d.author());
    f.add(names(d.entities(), EntityType.PER));
    f.add(names(d.entities(), EntityType.ORG));
    f.add(names(d.entities(), EntityType.LOC));
    f.add(d.topics() == null ? null : String.join("; ", d.topics()));
    f.add(d.duplicateOf());
    f.add(d.storyId());
    f.add(excerpt(d.text()));
    f.add(harm(d.signals()));
    return f;
  }

  /**
   * Harmful-speech signals, "; "-separated: the label ({@code rapporté} or {@code dénoncé} for
   * words the document reports, with their speaker), then the groups concerned ("menace: Peuls").
   */
  private static String harm(List<Signal> signals) {
    List<String> parts = new ArrayList<>();
    for (Signal s : signals) {
      if (s.kind().equals(Signal.HARM)) {
        String who = s.reported() && s.speaker() != null ? " (" + s.speaker() + ")" : "";
        String groups = s.targets().isEmpty() ? "" : ": " + String.join(", ", s.targets());
        parts.add(s.label() + who + groups);
      }
    }
    return String.join("; ", parts);
  }

  /** Distinct canonical names of one entity type, "; "-separated. */
  private static String names(List<Entity> entities, EntityType type) {
    if (entities == null) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (type == e.type() && !e.canonical().isBlank()) {
        names.add(e.canonical());
      }
    }
    return String.join("; ", names);
  }

  /** The text's start, whitespace folded, cut at a word. */
  static String excerpt(String text) {
    if (text == null) {
      return null;
    }
    String head = text.length() > 4 * EXCERPT_CHARS ? text.substring(0, 4 * EXCERPT_CHARS) : text;
    String one = head.strip().replaceAll("\\s+", " ");
    if (one.length() <= EXCERPT_CHARS) {
      return one;
    }
    int cut = one.lastIndexOf(' ', EXCERPT_CHARS);
    return one.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + "…";
  }
}
