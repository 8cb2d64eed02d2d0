package org.vigie.web.alerts;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.vigie.archive.alerts.AlertMatches;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.AlertService;

/** A rule's latest matches as an Atom feed, for feed readers (as Google Alerts users do). */
final class AlertFeed {
  private final AlertService alerts;

  AlertFeed(AlertService alerts) {
    this.alerts = alerts;
  }

  void feed(Context ctx) {
    AlertRule r =
        alerts
            .rules()
            .byFeedSecret(ctx.pathParam("secret"))
            .orElseThrow(() -> new NotFoundResponse("no such feed"));
    List<AlertMatches.Match> matches = alerts.matches().recent(r.id(), 50);
    String base = ctx.scheme() + "://" + ctx.host();
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title>Vigie — ")
        .append(xml(r.name()))
        .append("</title>\n  <id>urn:vigie:alert:")
        .append(r.id())
        .append("</id>\n  <updated>")
        .append(matches.isEmpty() ? "1970-01-01T00:00:00Z" : matches.get(0).matchedAt().toString())
        .append("</updated>\n");
    for (AlertMatches.Match m : matches) {
      String link = base + "/documents/" + m.docId();
      b.append("  <entry>\n    <title>")
          .append(xml(m.title() == null ? m.docId() : m.title()))
          .append("</title>\n    <id>urn:vigie:document:")
          .append(xml(m.docId()))
          .append("</id>\n    <link href=\"")
          .append(xml(link))
          .append("\"/>\n    <updated>")
          .append(m.matchedAt())
          .append("</updated>\n");
      if (m.site() != null) {
        b.append("    <author><name>").append(xml(m.site())).append("</name></author>\n");
      }
      b.append("  </entry>\n");
    }
    b.append("</feed>\n");
    ctx.contentType("application/atom+xml; charset=utf-8").result(b.toString());
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
