package org.vigie.analytics.report.render;

import java.util.ArrayList;
import java.util.List;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.ReportSection;

/** The sections of a report in a Word document, in the order and with the titles of the PDF. */
final class DocxSections {
  private final ReportDocx d;
  private final Report r;
  private final ReportText t;

  DocxSections(ReportDocx d, Report r, ReportText t) {
    this.d = d;
    this.r = r;
    this.t = t;
  }

  void write() {
    for (String id : ReportSections.IDS) {
      d.heading(t.t("section." + id), 15);
      switch (id) {
        case "figures" -> figures();
        case "volume" -> volume();
        case "shares" -> shares();
        case "stories" -> stories();
        case "entities" -> entities();
        case "network" -> network();
        case "accounts" -> ranked(r.accounts());
        case "quotes" -> quotes();
        case "harm" -> harm();
        case "alerts" -> alerts();
        case "coordination" -> coordination();
        case "silent" -> silent();
        default -> method();
      }
    }
  }

  private void figures() {
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> links = new ArrayList<>();
    for (Report.KeyFigure f : r.keyFigures()) {
      String value = t.number(f.value());
      rows.add(
          List.of(
              t.t("figure." + f.key()),
              f.capped() ? t.t("figure.capped", value) : value,
              t.number(f.previous()),
              t.change(f.changePercent())));
      links.add(java.util.Arrays.asList(null, f.link(), null, null));
    }
    d.table(
        List.of("", t.t("figure.value"), t.t("figure.previous"), t.t("figure.change")),
        rows,
        links);
  }

  private void volume() {
    d.chart("volume");
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> links = new ArrayList<>();
    for (Report.Series s : r.volume().series()) {
      rows.add(List.of(s.name(), t.number(s.total())));
      links.add(java.util.Arrays.asList(null, s.link()));
    }
    d.table(List.of(t.t("col.series"), t.t("col.total")), rows, links);
  }

  private void shares() {
    for (Report.Share s : r.shares()) {
      d.heading(t.t("share." + s.field()), 12);
      if (s.values().isEmpty()) {
        d.text(t.t("share.none"), 9, false);
      } else {
        d.chart("share-" + s.field());
      }
    }
  }

  private void stories() {
    if (r.stories().isEmpty()) {
      d.text(t.t("none"), 9, false);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> links = new ArrayList<>();
    for (Report.StoryLine s : r.stories()) {
      String span =
          t.day(s.first())
              + (s.last() == null || s.last().equals(s.first()) ? "" : " – " + t.day(s.last()));
      rows.add(
          List.of(
              s.title(), span, t.number(s.documents()), t.number(s.sources()), s.firstSource()));
      links.add(java.util.Arrays.asList(s.link(), null, s.link(), null, null));
    }
    d.table(
        List.of(
            t.t("col.story"),
            t.t("col.span"),
            t.t("col.documents"),
            t.t("col.sources"),
            t.t("col.firstSource")),
        rows,
        links);
  }

  private void entities() {
    d.heading(t.t("people"), 12);
    d.chart("people");
    ranked(r.people());
    d.heading(t.t("organisations"), 12);
    d.chart("organisations");
    ranked(r.organisations());
  }

  private void ranked(List<Report.Ranked> values) {
    if (values.isEmpty()) {
      d.text(t.t("none"), 9, false);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> links = new ArrayList<>();
    for (Report.Ranked v : values) {
      rows.add(List.of(v.label(), t.number(v.count())));
      links.add(java.util.Arrays.asList(null, v.link()));
    }
    d.table(List.of(t.t("col.name"), t.t("col.documents")), rows, links);
  }

  private void network() {
    if (r.network().nodes().isEmpty()) {
      d.text(t.t("none"), 9, false);
      return;
    }
    d.chart("network");
    d.text(t.t("network.legend"), 8, false);
  }

  private void quotes() {
    if (r.quotes().isEmpty()) {
      d.text(t.t("none"), 9, false);
    }
    for (Report.QuoteLine q : r.quotes()) {
      d.text("« " + q.text() + " »", 10, false);
      d.link(q.speaker() + " — " + q.title() + ", " + q.site() + ", " + q.published(), q.link());
    }
  }

  private void harm() {
    d.link(
        t.t("harm.total", t.number(r.harm().total()), t.number(r.harm().previous())),
        r.harm().link());
    d.chart("harm");
    ranked(r.harm().categories());
    d.text(t.t("harm.note"), 8, false);
  }

  private void alerts() {
    if (r.alerts().isEmpty()) {
      d.text(t.t("none"), 9, false);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Report.AlertLine a : r.alerts()) {
      rows.add(List.of(a.rule(), a.query(), t.number(a.messages())));
    }
    d.table(List.of(t.t("col.rule"), t.t("col.query"), t.t("col.messages")), rows, null);
  }

  private void coordination() {
    if (r.coordination().isEmpty()) {
      d.text(t.t("none"), 9, false);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Report.GroupLine g : r.coordination()) {
      rows.add(
          List.of(
              g.label(),
              t.number(g.accounts()),
              t.number(g.pairs()),
              g.kinds(),
              g.platforms(),
              g.span()));
    }
    d.table(
        List.of(
            t.t("col.group"),
            t.t("col.accounts"),
            t.t("col.pairs"),
            t.t("col.kinds"),
            t.t("col.platforms"),
            t.t("col.span")),
        rows,
        null);
    d.text(t.t("coordination.note"), 8, false);
  }

  private void silent() {
    if (r.silent().isEmpty()) {
      d.text(t.t("none"), 9, false);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Report.SilentSource s : r.silent()) {
      String why =
          s.reason().startsWith("previous:")
              ? t.t("silent.previous", s.reason().substring("previous:".length()))
              : t.t("silent.coverage");
      rows.add(List.of(s.source(), why));
    }
    d.table(List.of(t.t("col.source"), t.t("col.why")), rows, null);
  }

  private void method() {
    Period p = r.spec().period();
    Report.Method m = r.method();
    d.text(
        t.t("method.collected", t.day(p.from()), t.day(p.to()), t.number(r.documents())),
        10,
        false);
    d.text(t.t("method.queries"), 10, false);
    if (r.spec().sections().isEmpty()) {
      d.text("• " + t.t("method.whole"), 10, false);
    }
    for (ReportSection s : r.spec().sections()) {
      d.text(
          "• " + s.name() + " : " + (s.query().isBlank() ? "*" : s.query()) + " " + m.dateQuery(),
          10,
          false);
    }
    d.text(t.t("method.previous", t.day(p.previous().from()), t.day(p.previous().to())), 10, false);
    d.text(t.t("method.copies"), 10, false);
    d.text(t.t("method.sources", String.join(", ", m.sources())), 10, false);
    d.text(t.t("method.languages", String.join(", ", m.languages())), 10, false);
    d.text(t.t("method.links"), 10, false);
    d.text(t.t("annex"), 8, false);
  }
}
