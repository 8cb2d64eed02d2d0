package org.vigie.archive.coordination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.AlertService;
import org.vigie.archive.alerts.channels.AlertMessage;
import org.vigie.archive.coordination.CoordinationRecords.Group;
import org.vigie.archive.coordination.CoordinationRecords.Pair;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.store.DocumentStore;

/**
 * The alerts' "coordination" event: when the watch finds a new or grown group, every enabled rule
 * in mode {@link AlertRule.Mode#COORDINATION} whose query matches at least one of the group's
 * evidence posts (an empty or {@code *} query: any group) gets one message, with the group's size,
 * platforms, kinds of objects and page, and its first posts as items. A rule's quiet hours and rate
 * limit hold it as any other message.
 */
public final class CoordinationAlerts implements Consumer<List<Group>> {
  private static final Logger LOG = LoggerFactory.getLogger(CoordinationAlerts.class);
  private static final int EXAMPLES = 5;
  private static final int DOCS_CHECKED = 200;

  private final AlertService alerts;
  private final CoordinationService coordination;
  private final DocumentStore store;

  public CoordinationAlerts(
      AlertService alerts, CoordinationService coordination, DocumentStore store) {
    this.alerts = alerts;
    this.coordination = coordination;
    this.store = store;
  }

  @Override
  public void accept(List<Group> groups) {
    List<AlertRule> rules =
        alerts.rules().list().stream()
            .filter(r -> r.enabled() && r.mode() == AlertRule.Mode.COORDINATION)
            .toList();
    if (rules.isEmpty()) {
      return;
    }
    for (Group g : groups) {
      Set<String> docs = new LinkedHashSet<>();
      for (Pair p : coordination.evidence(g.id())) {
        docs.add(p.docA());
        docs.add(p.docB());
        if (docs.size() >= DOCS_CHECKED) {
          break;
        }
      }
      for (AlertRule r : rules) {
        try {
          if (matches(r, docs)) {
            alerts.event(r, "coordination", note(g, r, alerts.baseUrl()), items(docs));
          }
        } catch (RuntimeException e) {
          LOG.warn("coordination alert of rule {} failed: {}", r.name(), e.toString());
        }
      }
    }
  }

  private boolean matches(AlertRule r, Set<String> docs) {
    String q = r.query().strip();
    if (q.isEmpty() || q.equals("*")) {
      return true;
    }
    SearchRequest request =
        SearchRequest.matching(QueryParser.parse(q))
            .withFilters(Map.of(SearchFields.ID, docs))
            .withCopies(true)
            .page(0, 0);
    return store.search(request).total() > 0;
  }

  private List<AlertMessage.Item> items(Set<String> docs) {
    List<AlertMessage.Item> items = new ArrayList<>();
    for (String id : docs) {
      AnalyzedDocument d = store.get(id).orElse(null);
      if (d == null) {
        continue;
      }
      String title = d.title() != null && !d.title().isBlank() ? d.title() : excerpt(d.text());
      items.add(
          new AlertMessage.Item(
              d.id(), title, d.url(), d.site(), d.published(), d.storyId(), 1, 1));
      if (items.size() == EXAMPLES) {
        break;
      }
    }
    return items;
  }

  static String note(Group g, AlertRule r, String baseUrl) {
    boolean en = "en".equals(r.language());
    String platforms = String.join(", ", g.platforms());
    String kinds = String.join(", ", g.kinds());
    String change =
        switch (g.change()) {
          case "grown" ->
              en
                  ? "a coordinated group grew from "
                      + g.previousSize()
                      + " to "
                      + g.size()
                      + " accounts"
                  : "un réseau coordonné passe de "
                      + g.previousSize()
                      + " à "
                      + g.size()
                      + " comptes";
          default ->
              en
                  ? "a new coordinated group of " + g.size() + " accounts"
                  : "un nouveau réseau coordonné de " + g.size() + " comptes";
        };
    return en
        ? change
            + " ("
            + platforms
            + "), "
            + g.pairs()
            + " coordinated pairs of posts on "
            + kinds
            + ": "
            + baseUrl
            + "/coordination/groups/"
            + g.id()
        : change
            + " ("
            + platforms
            + "), "
            + g.pairs()
            + " paires de publications coordonnées ("
            + kinds
            + ") : "
            + baseUrl
            + "/coordination/groups/"
            + g.id();
  }

  private static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 120 ? t : t.substring(0, 117) + "…";
  }
}
