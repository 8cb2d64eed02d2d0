package org.vigie.collect.sources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeMap;
import org.vigie.document.DocumentJson;

/**
 * The public JSON form of sources, shared by {@code vigie source list --json} and {@code
 * /api/sources}: what a source is, its state and its coverage. Times are ISO 8601 instants,
 * durations ISO 8601 durations ({@code PT1H}) with their seconds beside them.
 */
public final class SourceJson {
  private SourceJson() {}

  /** A source with its state and, when given, its coverage summary (without the days). */
  public static ObjectNode write(RegisteredSource s, Coverage coverage, boolean running) {
    Source src = s.source();
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", src.id());
    o.put("name", src.name());
    o.put("kind", src.kind().name().toLowerCase(Locale.ROOT));
    o.put("location", src.location());
    o.put("country", src.country());
    o.put("language", src.language());
    ArrayNode tags = o.putArray("tags");
    src.tags().forEach(tags::add);
    o.put("schedule", src.schedule() == null ? null : src.schedule().toString());
    if (src.schedule() == null) {
      o.putNull("scheduleSeconds");
    } else {
      o.put("scheduleSeconds", src.schedule().toSeconds());
    }
    o.put("allowPrivateAddresses", src.allowPrivateAddresses());
    ObjectNode options = o.putObject("options");
    new TreeMap<>(src.options()).forEach(options::put);
    o.set("state", state(s.state(), running));
    if (coverage != null) {
      o.set("coverage", summary(coverage));
    }
    return o;
  }

  private static ObjectNode state(SourceState st, boolean running) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("enabled", st.enabled());
    o.put("running", running);
    o.put("lastRunAt", time(st.lastRunAt()));
    o.put("lastSuccessAt", time(st.lastSuccessAt()));
    if (st.lastErrorMessage() == null) {
      o.putNull("lastError");
    } else {
      ObjectNode error = o.putObject("lastError");
      error.put("at", time(st.lastErrorAt()));
      error.put("message", st.lastErrorMessage());
      error.put("cause", st.lastErrorCause());
    }
    o.put("consecutiveFailures", st.consecutiveFailures());
    o.put("nextDueAt", time(st.nextDueAt()));
    return o;
  }

  /** A coverage without its days: documents per day, last document, rhythm, silence. */
  public static ObjectNode summary(Coverage c) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("documentsPerDay", Math.round(c.perDay() * 100) / 100.0);
    o.put("documentsLast30Days", c.lastMonth());
    o.put("lastDocumentAt", time(c.lastDocument()));
    if (c.usualInterval() == null) {
      o.putNull("usualIntervalSeconds");
    } else {
      o.put("usualIntervalSeconds", c.usualInterval().toSeconds());
    }
    o.put("silent", c.silent());
    return o;
  }

  /** A coverage with its documents per day, for charts. */
  public static ObjectNode coverage(String sourceId, Coverage c) {
    ObjectNode o = summary(c);
    o.put("source", sourceId);
    ArrayNode days = o.putArray("days");
    for (Coverage.Day d : c.days()) {
      days.addObject().put("day", d.day().toString()).put("documents", d.documents());
    }
    return o;
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
