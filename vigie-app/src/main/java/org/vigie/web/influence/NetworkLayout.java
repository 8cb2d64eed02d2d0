package org.vigie.web.influence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.analytics.influence.AccountInfluence;
import org.vigie.analytics.influence.InfluenceResult;
import org.vigie.document.DocumentJson;

/**
 * The network view's data, laid out on the server so that the browser only draws: the {@link
 * #MAX_NODES} accounts of highest PageRank, each community a disc (largest in the middle, the
 * others around it on a sunflower spiral), its accounts on a spiral inside it, most influential at
 * the centre; node size by PageRank, colour by community, edges by weight (the {@link #MAX_EDGES}
 * heaviest between shown accounts). O(nodes + edges): 5 000 nodes lay out in milliseconds, and the
 * same result always gives the same picture.
 */
final class NetworkLayout {
  static final int MAX_NODES = 5000;
  static final int MAX_EDGES = 20_000;
  private static final double GOLDEN = Math.PI * (3 - Math.sqrt(5));

  private NetworkLayout() {}

  /**
   * ECharts graph data: {@code nodes} (id, name, x, y, symbolSize, category, value, href), {@code
   * links} (source, target, value), {@code categories}.
   */
  static ObjectNode json(InfluenceResult r, java.util.function.Function<String, String> href) {
    List<AccountInfluence> shown =
        r.accounts().stream()
            .sorted(Comparator.comparingInt(AccountInfluence::rank))
            .limit(MAX_NODES)
            .toList();
    Map<Integer, List<AccountInfluence>> byCommunity = new HashMap<>();
    for (AccountInfluence a : shown) {
      byCommunity.computeIfAbsent(a.community(), c -> new ArrayList<>()).add(a);
    }
    List<Integer> communities = new ArrayList<>(byCommunity.keySet());
    communities.sort(
        Comparator.<Integer>comparingInt(c -> -byCommunity.get(c).size()).thenComparingInt(c -> c));
    double maxRank = shown.stream().mapToDouble(AccountInfluence::pageRank).max().orElse(1);
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    ArrayNode nodes = out.putArray("nodes");
    Map<Integer, Integer> index = new HashMap<>();
    double ring = 0;
    for (int k = 0; k < communities.size(); k++) {
      List<AccountInfluence> members = byCommunity.get(communities.get(k));
      double radius = 6 * Math.sqrt(members.size()) + 4;
      double cx = 0;
      double cy = 0;
      if (k > 0) {
        ring += radius;
        double angle = k * GOLDEN;
        double distance = 40 * Math.sqrt(k) + ring * 0.35;
        cx = distance * Math.cos(angle);
        cy = distance * Math.sin(angle);
      }
      for (int i = 0; i < members.size(); i++) {
        AccountInfluence a = members.get(i);
        double rr = 6 * Math.sqrt(i + 0.5);
        double angle = i * GOLDEN;
        index.put(a.node(), nodes.size());
        ObjectNode n = nodes.addObject();
        n.put("id", a.key());
        n.put("name", a.label());
        n.put("x", Math.round((cx + rr * Math.cos(angle)) * 10) / 10.0);
        n.put("y", Math.round((cy + rr * Math.sin(angle)) * 10) / 10.0);
        n.put("symbolSize", Math.round((4 + 26 * Math.sqrt(a.pageRank() / maxRank)) * 10) / 10.0);
        n.put("category", Math.min(k, 19));
        n.put("value", a.pageRank());
        n.put("href", href.apply(a.key()));
      }
    }
    List<double[]> edges = new ArrayList<>();
    r.graph()
        .forEachEdge(
            (from, to, w) -> {
              if (index.containsKey(from) && index.containsKey(to)) {
                edges.add(new double[] {index.get(from), index.get(to), w});
              }
            });
    edges.sort(Comparator.comparingDouble((double[] e) -> -e[2]).thenComparingDouble(e -> e[0]));
    ArrayNode links = out.putArray("links");
    for (double[] e : edges.subList(0, Math.min(MAX_EDGES, edges.size()))) {
      links.addObject().put("source", (int) e[0]).put("target", (int) e[1]).put("value", e[2]);
    }
    ArrayNode categories = out.putArray("categories");
    for (int k = 0; k < Math.min(20, communities.size()); k++) {
      categories.addObject().put("name", String.valueOf(k + 1));
    }
    return out;
  }
}
