package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CooRTweet's steps written the plain way, to check the detector: every pair of shares of an object
 * (quadratic per object), then the loop removal and the two filters on the stored pairs.
 */
final class BruteForceCoordination {
  record Row(String object, String account, String content, long time) {}

  /** An edge's figures, keyed by "a|b" with a < b in string order. */
  record Edge(int weight, int objects, double meanDelta, double symmetry) {}

  record Result(long pairs, Map<String, Edge> edges) {}

  private BruteForceCoordination() {}

  static Result detect(List<Row> input, long window, int minParticipation) {
    List<Row> rows = new ArrayList<>(new LinkedHashSet<>(input));
    Map<String, Integer> count = new HashMap<>();
    rows.forEach(r -> count.merge(r.account(), 1, Integer::sum));
    rows.removeIf(r -> count.get(r.account()) < minParticipation);
    Map<String, List<Row>> byObject = new HashMap<>();
    rows.forEach(r -> byObject.computeIfAbsent(r.object(), k -> new ArrayList<>()).add(r));
    List<Row[]> pairs = new ArrayList<>();
    for (List<Row> shares : byObject.values()) {
      for (int i = 0; i < shares.size(); i++) {
        for (int j = i + 1; j < shares.size(); j++) {
          Row x = shares.get(i);
          Row y = shares.get(j);
          if (Math.abs(x.time() - y.time()) <= window
              && !x.account().equals(y.account())
              && !x.content().equals(y.content())
              && !x.content().equals(x.object())
              && !y.content().equals(y.object())) {
            pairs.add(new Row[] {x, y});
          }
        }
      }
    }
    Set<String> contents = new HashSet<>();
    for (Row[] p : pairs) {
      contents.add(p[0].content());
      contents.add(p[1].content());
    }
    Map<String, Integer> inPairs = new HashMap<>();
    rows.stream()
        .filter(r -> contents.contains(r.content()))
        .forEach(r -> inPairs.merge(r.account(), 1, Integer::sum));
    Set<String> passing = new HashSet<>();
    inPairs.forEach(
        (a, n) -> {
          if (n >= minParticipation) {
            passing.add(a);
          }
        });
    pairs.removeIf(p -> !passing.contains(p[0].account()) && !passing.contains(p[1].account()));
    Map<String, List<Row[]>> byEdge = new HashMap<>();
    for (Row[] p : pairs) {
      Row a = p[0].account().compareTo(p[1].account()) < 0 ? p[0] : p[1];
      Row b = a == p[0] ? p[1] : p[0];
      byEdge
          .computeIfAbsent(a.account() + "|" + b.account(), k -> new ArrayList<>())
          .add(new Row[] {a, b});
    }
    Map<String, Edge> edges = new HashMap<>();
    byEdge.forEach(
        (key, list) -> {
          Set<String> objects = new HashSet<>();
          Set<String> ca = new HashSet<>();
          Set<String> cb = new HashSet<>();
          double sum = 0;
          for (Row[] p : list) {
            objects.add(p[0].object());
            ca.add(p[0].content());
            cb.add(p[1].content());
            sum += Math.abs(p[0].time() - p[1].time());
          }
          edges.put(
              key,
              new Edge(
                  list.size(),
                  objects.size(),
                  sum / list.size(),
                  Math.min(ca.size(), cb.size()) / (double) Math.max(ca.size(), cb.size())));
        });
    return new Result(pairs.size(), edges);
  }
}
