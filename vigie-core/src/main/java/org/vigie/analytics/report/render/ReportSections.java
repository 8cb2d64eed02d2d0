package org.vigie.analytics.report.render;

import java.util.List;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.ReportSection;

/**
 * The sections of a report's body in XHTML, in order, each opened by an {@code h2} with an id the
 * table of contents links to. Charts are inline SVG; every figure links to its search.
 */
final class ReportSections {
  /** The section ids in order; their titles are {@code section.<id>}. */
  static final List<String> IDS =
      List.of(
          "figures",
          "volume",
          "shares",
          "stories",
          "entities",
          "network",
          "accounts",
          "quotes",
          "harm",
          "alerts",
          "coordination",
          "silent",
          "method");

  private final Report r;
  private final ReportText t;
  private final List<ReportCharts.Chart> charts;
  private final Xhtml x;

  ReportSections(Report r, ReportText t, List<ReportCharts.Chart> charts, Xhtml x) {
    this.r = r;
    this.t = t;
    this.charts = charts;
    this.x = x;
  }

  void write() {
    for (String id : IDS) {
      x.raw("<div class=\"section\" id=\"sec-" + id + "\">");
      x.el("h2", t.t("section." + id));
      switch (id) {
        case "figures" -> figures();
        case "volume" -> volume();
        case "shares" -> shares();
        case "stories" -> stories();
        case "entities" -> entities();
        case "network" -> network();
        case "accounts" -> ranked(r.accounts(), t.t("col.name"));
        case "quotes" -> quotes();
        case "harm" -> harm();
        case "alerts" -> alerts();
        case "coordination" -> coordination();
        case "silent" -> silent();
        default -> method();
      }
      x.raw("</div>");
    }
  }

  private void chart(String id) {
    x.raw("<div class=\"chart\">").raw(ReportCharts.get(charts, id).svg()).raw("</div>");
  }

  private void figures() {
    x.raw("<table class=\"figures\"><thead><tr>");
    x.el("th", "").el("th class=\"n\"", t.t("figure.value"));
    x.el("th class=\"n\"", t.t("figure.previous")).el("th class=\"n\"", t.t("figure.change"));
    x.raw("</tr></thead><tbody>");
    for (Report.KeyFigure f : r.keyFigures()) {
      x.open("tr").el("th", t.t("figure." + f.key()));
      String value = t.number(f.value());
      x.cellLink("n big", f.link(), f.capped() ? t.t("figure.capped", value) : value);
      x.el("td class=\"n\"", t.number(f.previous()));
      x.el("td class=\"n\"", t.change(f.changePercent()));
      x.close("tr");
    }
    x.raw("</tbody></table>");
  }

  private void volume() {
    chart("volume");
    x.el("p class=\"note\"", t.t("volume.spikes"));
    x.raw("<table><thead><tr>");
    x.el("th", t.t("col.series")).el("th class=\"n\"", t.t("col.total"));
    x.raw("</tr></thead><tbody>");
    for (Report.Series s : r.volume().series()) {
      x.open("tr").el("td", s.name()).cellLink("n", s.link(), t.number(s.total())).close("tr");
    }
    x.raw("</tbody></table>");
  }

  private void shares() {
    for (Report.Share s : r.shares()) {
      x.el("h3", t.t("share." + s.field()));
      if (s.values().isEmpty()) {
        x.el("p class=\"note\"", t.t("share.none"));
        continue;
      }
      chart("share-" + s.field());
    }
  }

  private void stories() {
    if (r.stories().isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    x.raw("<table><thead><tr>");
    x.el("th", t.t("col.story"))
        .el("th", t.t("col.span"))
        .el("th class=\"n\"", t.t("col.documents"));
    x.el("th class=\"n\"", t.t("col.sources")).el("th", t.t("col.firstSource"));
    x.raw("</tr></thead><tbody>");
    for (Report.StoryLine s : r.stories()) {
      x.open("tr").cellLink(null, s.link(), s.title());
      x.el(
          "td",
          t.day(s.first())
              + (s.last() == null || s.last().equals(s.first()) ? "" : " – " + t.day(s.last())));
      x.cellLink("n", s.link(), t.number(s.documents()));
      x.el("td class=\"n\"", t.number(s.sources())).el("td", s.firstSource()).close("tr");
    }
    x.raw("</tbody></table>");
  }

  private void entities() {
    x.el("h3", t.t("people"));
    chart("people");
    ranked(r.people(), t.t("col.name"));
    x.el("h3", t.t("organisations"));
    chart("organisations");
    ranked(r.organisations(), t.t("col.name"));
  }

  private void ranked(List<Report.Ranked> values, String column) {
    if (values.isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    x.raw("<table><thead><tr>").el("th", column).el("th class=\"n\"", t.t("col.documents"));
    x.raw("</tr></thead><tbody>");
    for (Report.Ranked v : values) {
      x.open("tr").el("td", v.label()).cellLink("n", v.link(), t.number(v.count())).close("tr");
    }
    x.raw("</tbody></table>");
  }

  private void network() {
    if (r.network().nodes().isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    chart("network");
    x.el("p class=\"note\"", t.t("network.legend"));
  }

  private void quotes() {
    if (r.quotes().isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    for (Report.QuoteLine q : r.quotes()) {
      x.raw("<div class=\"quote\">").el("p class=\"said\"", "« " + q.text() + " »");
      x.raw("<p class=\"who\">").el("strong", q.speaker()).text(" — ");
      x.link(q.link(), q.title()).text(", " + q.site() + ", " + q.published()).raw("</p></div>");
    }
  }

  private void harm() {
    Report.Harm h = r.harm();
    x.raw("<p>").link(h.link(), t.t("harm.total", t.number(h.total()), t.number(h.previous())));
    x.raw("</p>");
    chart("harm");
    ranked(h.categories(), t.t("col.category"));
    x.el("p class=\"note\"", t.t("harm.note"));
  }

  private void alerts() {
    if (r.alerts().isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    x.raw("<table><thead><tr>").el("th", t.t("col.rule")).el("th", t.t("col.query"));
    x.el("th class=\"n\"", t.t("col.messages")).raw("</tr></thead><tbody>");
    for (Report.AlertLine a : r.alerts()) {
      x.open("tr").cellLink(null, a.link(), a.rule()).el("td", a.query());
      x.el("td class=\"n\"", t.number(a.messages())).close("tr");
    }
    x.raw("</tbody></table>");
  }

  private void coordination() {
    if (r.coordination().isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    x.raw("<table><thead><tr>").el("th", t.t("col.group"));
    x.el("th class=\"n\"", t.t("col.accounts")).el("th class=\"n\"", t.t("col.pairs"));
    x.el("th", t.t("col.kinds")).el("th", t.t("col.platforms")).el("th", t.t("col.span"));
    x.raw("</tr></thead><tbody>");
    for (Report.GroupLine g : r.coordination()) {
      x.open("tr").cellLink(null, g.link(), g.label());
      x.el("td class=\"n\"", t.number(g.accounts())).el("td class=\"n\"", t.number(g.pairs()));
      x.el("td", g.kinds()).el("td", g.platforms()).el("td", g.span()).close("tr");
    }
    x.raw("</tbody></table>");
    x.el("p class=\"note\"", t.t("coordination.note"));
  }

  private void silent() {
    if (r.silent().isEmpty()) {
      x.el("p class=\"note\"", t.t("none"));
      return;
    }
    x.raw("<table><thead><tr>").el("th", t.t("col.source")).el("th", t.t("col.why"));
    x.raw("</tr></thead><tbody>");
    for (Report.SilentSource s : r.silent()) {
      String why =
          s.reason().startsWith("previous:")
              ? t.t("silent.previous", s.reason().substring("previous:".length()))
              : t.t("silent.coverage");
      x.open("tr").el("td", s.source()).el("td", why).close("tr");
    }
    x.raw("</tbody></table>");
  }

  private void method() {
    Period p = r.spec().period();
    Report.Method m = r.method();
    x.el("p", t.t("method.collected", t.day(p.from()), t.day(p.to()), t.number(r.documents())));
    x.el("p", t.t("method.queries")).open("ul");
    if (r.spec().sections().isEmpty()) {
      x.el("li", t.t("method.whole"));
    }
    for (ReportSection s : r.spec().sections()) {
      x.el("li", s.name() + " : " + (s.query().isBlank() ? "*" : s.query()) + " " + m.dateQuery());
    }
    x.close("ul");
    x.el("p", t.t("method.previous", t.day(p.previous().from()), t.day(p.previous().to())));
    x.el("p", t.t("method.copies"));
    x.el("p", t.t("method.sources", String.join(", ", m.sources())));
    x.el("p", t.t("method.languages", String.join(", ", m.languages())));
    x.el("p", t.t("method.links"));
    x.el(
        "p",
        t.t(
            "method.generated",
            r.generatedAt()
                .atZone(r.spec().zone())
                .toLocalDateTime()
                .withNano(0)
                .toString()
                .replace('T', ' '),
            r.spec().zone().getId()));
    x.el("p class=\"note\"", t.t("annex"));
  }
}
