package org.vigie.analysis.harm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One verdict of the classifier as JSON — {@code hostile}, {@code score} (0–1, three decimals),
 * {@code label}, {@code categories} (sorted), {@code targets}, {@code reported} and the {@code
 * evidence} spans — the same shape for {@code vigie harm} and {@code POST /api/harm}.
 */
public final class HarmSignalJson {
  private HarmSignalJson() {}

  public static ObjectNode write(ObjectMapper mapper, HarmSignal s) {
    ObjectNode node = mapper.createObjectNode();
    node.put("hostile", s.hostile());
    node.put("score", Math.round(s.score() * 1000) / 1000.0);
    node.put("label", s.label());
    ArrayNode categories = node.putArray("categories");
    s.categories().stream().sorted().forEach(categories::add);
    ArrayNode targets = node.putArray("targets");
    s.targets().forEach(targets::add);
    node.put("reported", s.reported());
    ArrayNode evidence = node.putArray("evidence");
    for (EvidenceSpan e : s.evidence()) {
      evidence
          .addObject()
          .put("start", e.start())
          .put("end", e.end())
          .put("text", e.text())
          .put("kind", e.kind());
    }
    return node;
  }
}
