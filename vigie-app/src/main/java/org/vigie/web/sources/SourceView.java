package org.vigie.web.sources;

import java.util.List;
import java.util.Map;
import org.vigie.archive.catalog.IngestRun;
import org.vigie.collect.sources.Coverage;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.Source;
import org.vigie.document.IngestError;
import org.vigie.web.page.ChartData;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.WebText;

/**
 * One source's page: what it is, its state, its coverage chart, its recent runs and the errors of
 * its latest run that had some.
 *
 * @param errorsRun the number of the run whose errors are listed, or {@code null}
 */
public record SourceView(
    Chrome chrome,
    SourcesView.Row row,
    String location,
    String country,
    String language,
    String tags,
    String options,
    String lastDocument,
    String rhythm,
    String lastErrorCause,
    String chart,
    List<Run> runs,
    Long errorsRun,
    List<IngestError> errors,
    List<LabelChoice> labels) {

  /**
   * A label the editor can set on the source, and whether it is set.
   *
   * @param value its name in forms ({@code satire})
   * @param text its name in words ({@code satirique})
   */
  public record LabelChoice(String value, String text, boolean set) {}

  /** One run in the table. */
  public record Run(
      long id,
      String started,
      String finished,
      String status,
      long added,
      long duplicates,
      long copies,
      long failed) {}

  static SourceView of(
      RegisteredSource s,
      Coverage c,
      boolean running,
      List<IngestRun> runs,
      IngestRun errorsRun,
      List<IngestError> errors,
      List<String> labels,
      Chrome chrome) {
    WebText t = chrome.t();
    Source src = s.source();
    String chart =
        ChartData.json(
            c.days().stream().map(Coverage.Day::day).toList(),
            List.of(
                new ChartData.Series(
                    src.name(), c.days().stream().map(Coverage.Day::documents).toList())),
            t.t("sources.documents"));
    return new SourceView(
        chrome,
        SourcesView.row(s, c, running, labels, t),
        src.location(),
        dash(src.country()),
        src.language() == null ? "—" : t.language(src.language()),
        src.tags().isEmpty() ? "—" : String.join(", ", src.tags()),
        options(src.options()),
        SourcesView.when(c.lastDocument(), t),
        c.usualInterval() == null ? "—" : SourcesView.every(c.usualInterval(), t),
        s.state().failing() ? s.state().lastErrorCause() : null,
        chart,
        runs.stream().map(r -> run(r, t)).toList(),
        errorsRun == null ? null : errorsRun.id(),
        errors,
        org.vigie.archive.catalog.SourceLabels.KNOWN.stream()
            .map(l -> new LabelChoice(l, t.t("source.label." + l), labels.contains(l)))
            .toList());
  }

  private static Run run(IngestRun r, WebText t) {
    return new Run(
        r.id(),
        SourcesView.when(r.startedAt(), t),
        SourcesView.when(r.finishedAt(), t),
        t.t("source.status." + r.status()),
        r.added(),
        r.duplicates(),
        r.copies(),
        r.failed());
  }

  private static String options(Map<String, String> options) {
    if (options.isEmpty()) {
      return "—";
    }
    StringBuilder b = new StringBuilder();
    new java.util.TreeMap<>(options)
        .forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }

  private static String dash(String s) {
    return s == null ? "—" : s;
  }
}
