package org.vigie.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer of {@code CoordinationDetector} in the coordination benchmark: CooRTweet's steps done
 * the plain way, as its data.table self-join does them: all pairs of shares of each object (then
 * the window test), the pairs stored, then loop removal and the two filters.
 */
final class BruteForceCoordination {
  record Row(String object, String account, String content, long time) {}

  /** Coordinated share pairs, edges and accounts. */
  record Counts(long pairs, int edges, int accounts) {}

  private BruteForceCoordination() {}

  static Counts detect(List<Row> input, long window, int minParticipation) {
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
    pairs.forEach(
        p -> {
          contents.add(p[0].content());
          contents.add(p[1].content());
        });
    Map<String, Integer> inPairs = new HashMap<>();
    rows.stream()
        .filter(r -> contents.contains(r.content()))
        .forEach(r -> inPairs.merge(r.account(), 1, Integer::sum));
    pairs.removeIf(
        p ->
            inPairs.getOrDefault(p[0].account(), 0) < minParticipation
                && inPairs.getOrDefault(p[1].account(), 0) < minParticipation);
    Set<String> edges = new HashSet<>();
    Set<String> accounts = new HashSet<>();
    for (Row[] p : pairs) {
      String a = p[0].account();
      String b = p[1].account();
      edges.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
      accounts.add(a);
      accounts.add(b);
    }
    return new Counts(pairs.size(), edges.size(), accounts.size());
  }
}
