package org.vigie.web.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.vigie.collect.sources.Coverage;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.SourceKind;
import org.vigie.collect.sources.SourceState;
import org.vigie.web.page.ChartData;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.WebText;

/**
 * The sources page: one row per source with its state, and the coverage chart of all sources.
 *
 * @param chart the chart's JSON ({@link ChartData}), or {@code null} when there is no source
 * @param kinds the choices of the add form: value and label
 */
public record SourcesView(Chrome chrome, List<Row> rows, String chart, List<Choice> kinds) {

  /** A choice of a select. */
  public record Choice(String value, String label) {}

  /**
   * One source in the table.
   *
   * @param state its state in words; {@code stateClass} is {@code ok}, {@code failing}, {@code
   *     disabled}, {@code never} or {@code running}
   * @param silentTitle why it is called silent, or {@code null} when it is not
   * @param labels editors' labels in words ("satirique", "média d’État"), shown beside its name
   */
  public record Row(
      String id,
      String name,
      String href,
      String kind,
      String every,
      String state,
      String stateClass,
      String lastSuccess,
      String lastError,
      String nextRun,
      String perDay,
      String silentTitle,
      List<String> labels) {

    public boolean silent() {
      return silentTitle != null;
    }
  }

  static SourcesView of(
      Map<RegisteredSource, Coverage> sources, Predicate<String> busy, Chrome chrome) {
    return of(sources, busy, Map.of(), chrome);
  }

  static SourcesView of(
      Map<RegisteredSource, Coverage> sources,
      Predicate<String> busy,
      Map<String, List<String>> labels,
      Chrome chrome) {
    WebText t = chrome.t();
    List<Row> rows = new ArrayList<>();
    List<ChartData.Series> series = new ArrayList<>();
    List<java.time.LocalDate> days = List.of();
    for (Map.Entry<RegisteredSource, Coverage> e : sources.entrySet()) {
      List<String> named = labels.getOrDefault(e.getKey().id(), List.of());
      rows.add(row(e.getKey(), e.getValue(), busy.test(e.getKey().id()), named, t));
      days = e.getValue().days().stream().map(Coverage.Day::day).toList();
      series.add(
          new ChartData.Series(
              e.getKey().source().name(),
              e.getValue().days().stream().map(Coverage.Day::documents).toList()));
    }
    String chart = rows.isEmpty() ? null : ChartData.json(days, series, t.t("sources.documents"));
    List<Choice> kinds = new ArrayList<>();
    for (SourceKind k : SourcesPages.WEB_KINDS) {
      String v = k.name().toLowerCase(Locale.ROOT);
      kinds.add(new Choice(v, t.t("sources.kind." + v)));
    }
    return new SourcesView(chrome, List.copyOf(rows), chart, List.copyOf(kinds));
  }

  static Row row(RegisteredSource s, Coverage c, boolean running, WebText t) {
    return row(s, c, running, List.of(), t);
  }

  static Row row(RegisteredSource s, Coverage c, boolean running, List<String> labels, WebText t) {
    SourceState st = s.state();
    String stateClass = stateClass(st, running);
    return new Row(
        s.id(),
        s.source().name(),
        "/sources/" + s.id(),
        t.t("sources.kind." + s.source().kind().name().toLowerCase(Locale.ROOT)),
        every(s.source().schedule(), t),
        t.t("sources.state." + stateClass, st.consecutiveFailures()),
        stateClass,
        when(st.lastSuccessAt(), t),
        st.failing() ? st.lastErrorMessage() : null,
        when(st.nextDueAt(), t),
        String.format(t.english() ? Locale.ENGLISH : Locale.FRENCH, "%.1f", c.perDay()),
        c.silent()
            ? t.t("sources.silent.title", when(c.lastDocument(), t), every(c.usualInterval(), t))
            : null,
        labels.stream().map(l -> t.t("source.label." + l)).toList());
  }

  private static String stateClass(SourceState st, boolean running) {
    if (running) {
      return "running";
    }
    if (!st.enabled()) {
      return "disabled";
    }
    if (st.failing()) {
      return "failing";
    }
    return st.lastRunAt() == null ? "never" : "ok";
  }

  static String when(Instant t, WebText text) {
    return t == null ? "—" : text.dateTime(t);
  }

  /** "toutes les 6 h", "tous les 2 j", "à la main". */
  static String every(Duration d, WebText t) {
    if (d == null) {
      return t.t("sources.manual");
    }
    long minutes = d.toMinutes();
    if (minutes >= 24 * 60 && minutes % (24 * 60) == 0) {
      return t.t("sources.everyDays", minutes / (24 * 60));
    }
    if (minutes >= 60 && minutes % 60 == 0) {
      return t.t("sources.everyHours", minutes / 60);
    }
    return t.t("sources.everyMinutes", Math.max(1, minutes));
  }

  /** Days shown by the charts. */
  static int chartDays() {
    return CoverageReader.CHART_DAYS;
  }
}
