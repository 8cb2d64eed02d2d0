package org.vigie.web.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.vigie.archive.catalog.EngagementSnapshot;
import org.vigie.archive.catalog.LiveCatalog;
import org.vigie.archive.catalog.PostRemoval;
import org.vigie.document.DocumentJson;
import org.vigie.document.Engagement;
import org.vigie.web.page.WebText;

/**
 * What live sources noticed about a document's post: its engagement over time and its removal, as
 * lines of the document page and as the JSON of {@code /api/documents/{id}/engagement}.
 */
final class LivePostLines {
  private LivePostLines() {}

  /** The page's lines, or {@code null} when no live source saw the post. */
  static DocumentView.Live view(LiveCatalog live, String documentId, WebText t) {
    if (live == null) {
      return null;
    }
    List<EngagementSnapshot> history = live.history(documentId);
    PostRemoval removal = live.removal(documentId).orElse(null);
    if (history.isEmpty() && removal == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (EngagementSnapshot s : history) {
      lines.add(t.dateTime(s.seenAt()) + " — " + counts(s.engagement(), t));
    }
    String removed =
        removal == null
            ? null
            : t.t("doc.live.removed", t.dateTime(removal.noticedAt()), removal.sourceId());
    return new DocumentView.Live(removed, lines);
  }

  private static String counts(Engagement e, WebText t) {
    List<String> parts = new ArrayList<>();
    add(parts, e.views(), "doc.live.views", t);
    add(parts, e.shares(), "doc.live.shares", t);
    add(parts, e.reactions(), "doc.live.reactions", t);
    add(parts, e.replies(), "doc.live.replies", t);
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, Long n, String key, WebText t) {
    if (n != null) {
      parts.add(t.t(key, t.number(n)));
    }
  }

  /** {@code {id, engagementHistory: [{seenAt, source, views…}], removed: {at, source} | null}}. */
  static ObjectNode json(LiveCatalog live, String documentId) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", documentId);
    ArrayNode history = o.putArray("engagementHistory");
    PostRemoval removal = null;
    if (live != null) {
      for (EngagementSnapshot s : live.history(documentId)) {
        ObjectNode row = history.addObject();
        row.put("seenAt", s.seenAt().toString());
        row.put("source", s.sourceId());
        Engagement e = s.engagement();
        row.put("views", e.views());
        row.put("shares", e.shares());
        row.put("reactions", e.reactions());
        row.put("replies", e.replies());
      }
      removal = live.removal(documentId).orElse(null);
    }
    if (removal == null) {
      o.putNull("removed");
    } else {
      o.putObject("removed")
          .put("at", removal.noticedAt().toString())
          .put("source", removal.sourceId());
    }
    return o;
  }
}
