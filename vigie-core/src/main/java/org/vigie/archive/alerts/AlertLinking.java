package org.vigie.archive.alerts;

import java.time.Clock;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.spi.Linker;
import org.vigie.link.topics.TopicMonitor;
import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;

/**
 * The alerts' linker, after topics: every new document is matched against every enabled rule's
 * query at once (Lucene Monitor, as topics are: a document is only checked against the rules that
 * share a term with it), once its story and original are known, and each match is recorded with its
 * deliveries ({@link AlertMatches}).
 */
final class AlertLinking implements Linker {
  private final AlertService alerts;
  private final Clock clock;

  AlertLinking(AlertService alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  @Override
  public LinkedDocument link(LinkedDocument linked, DocumentStore store) {
    TopicMonitor monitor = alerts.monitor();
    if (monitor.size() == 0) {
      return linked;
    }
    AnalyzedDocument d = linked.document();
    List<String> matched = monitor.topicsOf(d);
    if (matched.isEmpty()) {
      return linked;
    }
    String story = d.storyId() != null ? d.storyId() : d.id();
    if (d.storyId() == null && d.duplicateOf() != null) {
      story = store.get(d.duplicateOf()).map(AnalyzedDocument::storyId).orElse(d.duplicateOf());
    }
    List<AlertRule> rules = new java.util.ArrayList<>(matched.size());
    for (String id : matched) {
      AlertRule rule = alerts.cached(Long.parseLong(id));
      if (rule != null && rule.enabled()) {
        rules.add(rule);
      }
    }
    if (!rules.isEmpty()) {
      int queued =
          alerts
              .matches()
              .recordAll(
                  rules,
                  new AlertMatches.Match(
                      d.id(),
                      story,
                      d.duplicateOf(),
                      d.title() == null || d.title().isBlank() ? excerpt(d.text()) : d.title(),
                      d.url(),
                      d.site(),
                      d.published(),
                      clock.instant()),
                  clock.instant());
      if (queued > 0) {
        alerts.queued();
      }
    }
    return linked;
  }

  private static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 120 ? t : t.substring(0, 117) + "…";
  }
}
