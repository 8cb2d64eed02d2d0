package org.vigie.web.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DateMention;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.Figure;
import org.vigie.document.Signal;
import org.vigie.search.IndexedValues;
import org.vigie.web.page.Links;

/**
 * Cuts a document's clean text into paragraphs of spans, marking the people, organisations, places,
 * dates and figures the analysis found, so that the page can show them in the text. Spans carry
 * plain text; the template escapes it.
 */
public final class TextMarks {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  private TextMarks() {}

  /**
   * A run of text, marked or not.
   *
   * @param css the kind of mark ({@code per}, {@code org}, {@code loc}, {@code date}, {@code
   *     figure}) or {@code null}
   * @param title what the mark means (canonical name, resolved date…), or {@code null}
   * @param href where clicking it leads (the documents naming the same entity), or {@code null}
   */
  public record Span(String text, String css, String title, String href) {}

  private record Mark(int start, int end, String css, String title, String href) {}

  static List<List<Span>> paragraphs(AnalyzedDocument d) {
    List<Mark> marks = marks(d);
    List<List<Span>> paragraphs = new ArrayList<>();
    String text = d.text();
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (start <= text.length()) {
      int end = breaks.find(start) ? breaks.start() : text.length();
      List<Span> spans = spans(text, start, end, marks);
      if (!spans.isEmpty()) {
        paragraphs.add(spans);
      }
      if (end == text.length()) {
        break;
      }
      start = breaks.end();
    }
    return paragraphs;
  }

  private static List<Span> spans(String text, int from, int to, List<Mark> marks) {
    List<Span> spans = new ArrayList<>();
    int pos = from;
    for (Mark m : marks) {
      if (m.start() < pos || m.end() > to) {
        continue;
      }
      plain(spans, text, pos, m.start());
      spans.add(new Span(text.substring(m.start(), m.end()), m.css(), m.title(), m.href()));
      pos = m.end();
    }
    plain(spans, text, pos, to);
    if (spans.size() == 1 && spans.getFirst().css() == null && spans.getFirst().text().isBlank()) {
      return List.of();
    }
    return spans;
  }

  private static void plain(List<Span> spans, String text, int from, int to) {
    if (to > from) {
      spans.add(new Span(text.substring(from, to), null, null, null));
    }
  }

  /** Every mark, in text order; where two overlap the earlier (then longer) one wins. */
  private static List<Mark> marks(AnalyzedDocument d) {
    List<Mark> all = new ArrayList<>();
    int length = d.text().length();
    for (Entity e : d.entities()) {
      String name = e.canonical() == null ? e.text() : e.canonical();
      String href = entityUrl(e.type(), name);
      String title = e.role() == null ? name : name + " — " + e.role();
      all.add(
          new Mark(
              e.start(), e.end(), e.type().code().toLowerCase(java.util.Locale.ROOT), title, href));
    }
    for (Signal s : d.signals()) {
      for (Signal.Evidence e : s.evidence()) {
        if (s.categories().contains(e.kind())) {
          all.add(new Mark(e.start(), e.end(), s.kind(), s.label(), null));
        }
      }
    }
    for (DateMention x : d.dates()) {
      String title =
          x.from() == null
              ? null
              : x.from() + (x.to() == null || x.to().equals(x.from()) ? "" : " → " + x.to());
      all.add(new Mark(x.start(), x.end(), "date", title, null));
    }
    for (Figure f : d.figures()) {
      all.add(new Mark(f.start(), f.end(), "figure", f.unit(), null));
    }
    all.removeIf(m -> m.start() < 0 || m.end() > length || m.end() <= m.start());
    all.sort(
        Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed()));
    List<Mark> kept = new ArrayList<>();
    int end = -1;
    for (Mark m : all) {
      if (m.start() >= end) {
        kept.add(m);
        end = m.end();
      }
    }
    return kept;
  }

  /** The newest documents naming this entity. */
  static String entityUrl(EntityType type, String name) {
    return Links.entity(IndexedValues.entityField(type), name);
  }
}
