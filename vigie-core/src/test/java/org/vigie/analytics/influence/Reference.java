package org.vigie.analytics.influence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Textbook versions of the scores over a plain adjacency map, written apart from the production
 * code: what the compressed-row implementations are checked against.
 */
final class Reference {
  /** weight of a → b, summed over edges; nodes in first-seen order. */
  final Map<String, Map<String, Double>> out = new LinkedHashMap<>();

  Reference(Iterable<String> accounts, List<InfluenceEdge> edges, GraphKind kind) {
    accounts.forEach(a -> out.computeIfAbsent(a, k -> new LinkedHashMap<>()));
    for (InfluenceEdge e : edges) {
      if (kind.includes(e.kind()) && !e.from().equals(e.to())) {
        out.computeIfAbsent(e.from(), k -> new LinkedHashMap<>())
            .merge(e.to(), e.weight(), Double::sum);
        out.computeIfAbsent(e.to(), k -> new LinkedHashMap<>());
      }
    }
  }

  Set<String> nodes() {
    return out.keySet();
  }

  double outWeight(String a) {
    return out.get(a).values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * PageRank with damping d; dangling nodes spread their score evenly; until max change < 1e-13.
   */
  Map<String, Double> pageRank(double d) {
    int n = out.size();
    Map<String, Double> pr = new HashMap<>();
    nodes().forEach(v -> pr.put(v, 1.0 / n));
    for (int it = 0; it < 10_000; it++) {
      double dangling = 0;
      for (String u : nodes()) {
        if (out.get(u).isEmpty()) {
          dangling += pr.get(u);
        }
      }
      Map<String, Double> next = new HashMap<>();
      for (String v : nodes()) {
        next.put(v, (1 - d) / n + d * dangling / n);
      }
      for (String u : nodes()) {
        double ow = outWeight(u);
        for (var e : out.get(u).entrySet()) {
          next.merge(e.getKey(), d * pr.get(u) * e.getValue() / ow, Double::sum);
        }
      }
      double change = 0;
      for (String v : nodes()) {
        change = Math.max(change, Math.abs(next.get(v) - pr.get(v)));
      }
      pr.putAll(next);
      if (change < 1e-13) {
        break;
      }
    }
    return pr;
  }

  /** [hub, authority], each summing to 1, by plain power iteration from uniform hubs. */
  List<Map<String, Double>> hits() {
    Map<String, Double> hub = new HashMap<>();
    Map<String, Double> auth = new HashMap<>();
    nodes().forEach(v -> hub.put(v, 1.0 / out.size()));
    for (int it = 0; it < 10_000; it++) {
      Map<String, Double> a = new HashMap<>();
      nodes().forEach(v -> a.put(v, 0.0));
      for (String u : nodes()) {
        out.get(u).forEach((v, w) -> a.merge(v, w * hub.get(u), Double::sum));
      }
      scale(a);
      Map<String, Double> h = new HashMap<>();
      for (String u : nodes()) {
        double s = 0;
        for (var e : out.get(u).entrySet()) {
          s += e.getValue() * a.get(e.getKey());
        }
        h.put(u, s);
      }
      scale(h);
      double change = 0;
      for (String v : nodes()) {
        change = Math.max(change, Math.abs(h.get(v) - hub.get(v)));
        change = Math.max(change, Math.abs(a.get(v) - auth.getOrDefault(v, 0.0)));
      }
      hub.putAll(h);
      auth.putAll(a);
      if (change < 1e-14) {
        break;
      }
    }
    return List.of(hub, auth);
  }

  private static void scale(Map<String, Double> x) {
    double sum = x.values().stream().mapToDouble(Double::doubleValue).sum();
    if (sum > 0) {
      x.replaceAll((k, v) -> v / sum);
    }
  }

  /** Undirected neighbours, direction and multiplicity ignored. */
  Map<String, Set<String>> undirected() {
    Map<String, Set<String>> nb = new LinkedHashMap<>();
    nodes().forEach(v -> nb.put(v, new LinkedHashSet<>()));
    out.forEach(
        (u, targets) ->
            targets
                .keySet()
                .forEach(
                    v -> {
                      nb.get(u).add(v);
                      nb.get(v).add(u);
                    }));
    return nb;
  }

  /** Coreness by peeling: for k = 1, 2…, remove nodes of degree < k until none is left. */
  Map<String, Integer> coreness() {
    Map<String, Set<String>> nb = undirected();
    Map<String, Integer> core = new HashMap<>();
    Set<String> alive = new HashSet<>(nb.keySet());
    for (int k = 1; !alive.isEmpty(); k++) {
      boolean removed = true;
      while (removed) {
        removed = false;
        for (String v : new ArrayList<>(alive)) {
          long degree = nb.get(v).stream().filter(alive::contains).count();
          if (degree < k) {
            alive.remove(v);
            core.put(v, k - 1);
            removed = true;
          }
        }
      }
    }
    return core;
  }

  static double[] array(Map<String, ? extends Number> m, InfluenceGraph g) {
    double[] x = new double[g.nodeCount()];
    Arrays.setAll(x, i -> m.get(g.key(i)).doubleValue());
    return x;
  }
}
