package org.vigie.archive.alerts.channels;

/**
 * An alert as a mail: subject, text and HTML in the rule's language (French by default), each story
 * with its link, and the link to edit or stop the rule.
 */
public record MailText(String subject, String text, String html) {

  public static MailText of(AlertMessage m) {
    boolean en = "en".equals(m.language());
    String subject = subject(m);
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"")
        .append(en ? "en" : "fr")
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(subject))
        .append("</title></head><body style=\"font-family:sans-serif\">");
    html.append("<h1 style=\"font-size:1.2em\">").append(escape(headline(m, en))).append("</h1>");
    text.append(headline(m, en)).append("\n\n");
    if (m.note() != null) {
      text.append(m.note()).append("\n\n");
      html.append("<p>").append(escape(m.note())).append("</p>");
    }
    html.append("<ol>");
    for (AlertMessage.Item item : m.items()) {
      String title = item.title() == null || item.title().isBlank() ? item.docId() : item.title();
      String where = where(item, en);
      text.append("- ").append(title).append("\n  ").append(where).append("\n  ");
      text.append(m.documentLink(item)).append("\n");
      html.append("<li><a href=\"")
          .append(escape(m.documentLink(item)))
          .append("\">")
          .append(escape(title))
          .append("</a><br><small>")
          .append(escape(where))
          .append("</small></li>");
    }
    html.append("</ol>");
    String edit = en ? "Edit or stop this alert: " : "Modifier ou arrêter cette alerte : ";
    text.append("\n").append(edit).append(m.ruleLink()).append("\n");
    html.append("<p><small>")
        .append(escape(edit))
        .append("<a href=\"")
        .append(escape(m.ruleLink()))
        .append("\">")
        .append(escape(m.ruleLink()))
        .append("</a></small></p></body></html>");
    return new MailText(subject, text.toString(), html.toString());
  }

  /** The subject alone (an in-app notice's title), without rendering the bodies. */
  public static String subject(AlertMessage m) {
    return "[Vigie] " + m.rule() + " — " + headline(m, "en".equals(m.language()));
  }

  private static String headline(AlertMessage m, boolean en) {
    int n = m.items().size();
    return switch (m.kind()) {
      case "test" -> en ? "test notification" : "notification de test";
      case "spike" -> en ? "unusual volume" : "pic de volume";
      case "coordination" -> en ? "coordinated accounts" : "réseau coordonné";
      case "digest" ->
          en
              ? n + (n == 1 ? " story" : " stories") + " since the last digest"
              : n + (n == 1 ? " histoire" : " histoires") + " depuis le dernier résumé";
      default -> {
        String first = n == 0 ? "" : " : « " + m.items().get(0).title() + " »";
        yield en
            ? (n == 1 ? "a new document" : n + " new documents") + first.replace(" : ", ": ")
            : (n == 1 ? "un nouveau document" : n + " nouveaux documents") + first;
      }
    };
  }

  private static String where(AlertMessage.Item item, boolean en) {
    StringBuilder b = new StringBuilder();
    if (item.site() != null) {
      b.append(item.site());
    }
    if (item.published() != null) {
      b.append(b.isEmpty() ? "" : ", ")
          .append(item.published(), 0, Math.min(10, item.published().length()));
    }
    if (item.documents() > 1) {
      b.append(b.isEmpty() ? "" : " — ")
          .append(item.documents())
          .append(en ? " documents" : " documents")
          .append(en ? " on " : " sur ")
          .append(item.sites())
          .append(item.sites() == 1 ? " site" : " sites");
    }
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
