package org.vigie.web.documents;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.Quote;
import org.vigie.store.StorySummary;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Links;
import org.vigie.web.page.WebText;

/**
 * Everything the document page shows.
 *
 * @param fields label and value pairs of the metadata table, empty values left out
 * @param url the original address when it is http(s), shown as an outside link, or {@code null}
 * @param otherAddress an address in another scheme ({@code javascript:}, {@code data:}…), shown as
 *     inert text, or {@code null}
 * @param paragraphs the clean text, paragraph by paragraph, with what the analysis found marked
 * @param entities people, organisations and places: one line each, mentions merged, each linking to
 *     the documents that name it
 * @param quotes quotations as "« text » — speaker"
 * @param dates date expressions and what they resolve to
 * @param figures numbers and what they count
 * @param original for a near-duplicate, the link to the original it copies, else {@code null}
 * @param copies for an original, links to its stored near-duplicates (site, date, title)
 * @param story the story the document belongs to (label, span, size), or {@code null}
 * @param archived "archived original of …" linking to the inert copy of the WARC record the
 *     document was extracted from, or {@code null} when it has none
 * @param signals what the analysis flags for review (harmful speech: label, score, groups, and who
 *     said it when the document reports someone else's words), one line each
 * @param factChecks the fact-checked claims the document restates, links to or shows, with the
 *     verdict, the fact-checker and the date ("vérifié : faux — Africa Check, 12 mars")
 * @param live for a post a live source collected, its engagement over time and its removal, or
 *     {@code null}
 */
public record DocumentView(
    Chrome chrome,
    String title,
    String backUrl,
    List<Field> fields,
    String url,
    String otherAddress,
    List<List<TextMarks.Span>> paragraphs,
    List<Link> entities,
    List<String> quotes,
    List<String> dates,
    List<String> figures,
    List<String> topics,
    Link original,
    List<Link> copies,
    Link story,
    Link archived,
    List<String> signals,
    List<FactCheck> factChecks,
    PostView post,
    Live live,
    Link review) {

  /**
   * A fact-check the document carries.
   *
   * @param verdict "vérifié : faux — Africa Check, 12 mars"
   * @param href the fact-check's address, or {@code null} when it has none or it is not http(s)
   * @param claim the claim as the fact-checker words it
   * @param how how the document was matched and how sure ("reformulation, 74 %")
   */
  public record FactCheck(String verdict, String href, String claim, String how) {}

  /** A line that links somewhere. */
  public record Link(String text, String href) {}

  /** One metadata line. */
  public record Field(String label, String value) {}

  /**
   * What live sources noticed about the post.
   *
   * @param removed "supprimé de la chaîne le …", or {@code null} while the source still shows it
   * @param engagement one line per snapshot of its counts, oldest first
   */
  public record Live(String removed, List<String> engagement) {}

  static DocumentView of(
      AnalyzedDocument d,
      Chrome chrome,
      String backUrl,
      AnalyzedDocument original,
      List<AnalyzedDocument> copies,
      StorySummary story,
      PostView post,
      Live live,
      Link review) {
    WebText t = chrome.t();
    return new DocumentView(
        chrome,
        Links.displayTitle(d, t),
        backUrl,
        fields(d, t),
        isWeb(d.url()) ? d.url() : null,
        isWeb(d.url()) ? null : d.url(),
        TextMarks.paragraphs(d),
        entities(d, t),
        d.quotes().stream().map(q -> quote(q, t)).toList(),
        d.dates().stream()
            .map(
                x ->
                    x.text()
                        + (x.from() == null
                            ? ""
                            : " → "
                                + x.from()
                                + (x.to() == null || x.to().equals(x.from())
                                    ? ""
                                    : " … " + x.to())))
            .toList(),
        d.figures().stream()
            .map(f -> f.text() + (f.unit() == null ? "" : " (" + f.unit() + ")"))
            .toList(),
        d.topics(),
        original == null ? null : link(original, t),
        copies.stream().map(c -> link(c, t)).toList(),
        story == null ? null : storyLink(story, t),
        archived(d, t),
        d.signals().stream()
            .filter(s -> !s.kind().equals(org.vigie.document.Signal.CLAIM))
            .map(s -> SignalLines.line(s, t))
            .toList(),
        FactCheckLines.of(d, t),
        post,
        live,
        review);
  }

  private static Link archived(AnalyzedDocument d, WebText t) {
    if (d.archived() == null) {
      return null;
    }
    String when = d.archived().date() == null ? "—" : t.dateTime(d.archived().date());
    return new Link(t.t("doc.archived", when), "/documents/" + d.id() + "/original");
  }

  private static Link storyLink(StorySummary s, WebText t) {
    String about = Links.storySpan(s, t) + ", " + Links.storySize(s, t);
    return new Link(Links.storyLabel(s, t) + " (" + about + ")", Links.story(s));
  }

  /** A line naming another document: site, date, title. */
  private static Link link(AnalyzedDocument d, WebText t) {
    String site =
        d.site() != null
            ? d.site()
            : Links.sourceLabel(d.sourceId() == null ? "—" : d.sourceId(), t);
    String date = d.published() == null ? "" : " · " + t.date(d.published());
    return new Link(site + date + " — " + Links.displayTitle(d, t), "/documents/" + d.id());
  }

  private static boolean isWeb(String url) {
    return url != null && url.matches("(?i)https?://\\S+");
  }

  private static List<Field> fields(AnalyzedDocument d, WebText t) {
    List<Field> fields = new ArrayList<>();
    add(fields, t.t("doc.site"), d.site());
    add(fields, t.t("doc.author"), d.author());
    add(fields, t.t("doc.published"), d.published() == null ? null : t.date(d.published()));
    add(fields, t.t("doc.language"), t.language(d.language()));
    add(fields, t.t("doc.type"), t.t("type." + d.type()));
    add(
        fields,
        t.t("doc.contentType"),
        d.contentType() == null ? null : t.t("content." + d.contentType()));
    add(
        fields,
        t.t("doc.source"),
        d.sourceId() == null ? null : Links.sourceLabel(d.sourceId(), t));
    add(fields, t.t("doc.origin"), d.origin());
    add(fields, t.t("doc.fetched"), d.fetchedAt() == null ? null : t.dateTime(d.fetchedAt()));
    add(fields, t.t("doc.id"), d.id());
    return fields;
  }

  private static void add(List<Field> fields, String label, String value) {
    if (value != null && !value.isBlank()) {
      fields.add(new Field(label, value));
    }
  }

  private static List<String> paragraphs(String text) {
    return java.util.Arrays.stream(text.split("\\n\\s*\\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static List<Link> entities(AnalyzedDocument d, WebText t) {
    java.util.Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
    for (Entity e : d.entities()) {
      String name = e.canonical() == null ? e.text() : e.canonical();
      Entity key = new Entity(name, e.type(), name, 0, 0, e.role());
      counts.merge(key, 1, Integer::sum);
    }
    List<Link> lines = new ArrayList<>();
    counts.forEach(
        (e, n) -> {
          String label =
              e.text()
                  + " ("
                  + t.t("entity." + e.type())
                  + (e.role() == null ? "" : ", " + e.role())
                  + ")"
                  + (n > 1 ? " ×" + n : "");
          lines.add(new Link(label, TextMarks.entityUrl(e.type(), e.text())));
        });
    return lines;
  }

  /**
   * A quote as "« words » — speaker"; reported speech has no quotation marks and says it is
   * reported, so a reader never takes a paraphrase for the speaker's own words.
   */
  private static String quote(Quote q, WebText t) {
    String words = q.direct() ? "« " + q.text() + " »" : q.text() + " " + t.t("quote.reported");
    String by = q.speaker() != null ? q.speaker() : q.role();
    return by == null ? words : words + " " + t.t("quote.by", by);
  }
}
