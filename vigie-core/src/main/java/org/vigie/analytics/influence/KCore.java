package org.vigie.analytics.influence;

/**
 * Coreness (k-core number) of every node of the undirected simple version of a graph, by Batagelj
 * and Zaversnik's bucket peeling in O(edges): the largest k such that the node belongs to a
 * subgraph where every node has at least k neighbours. Agrees with JGraphT's {@code Coreness} on
 * the same undirected graph (tested), without its object graph.
 */
public final class KCore {
  private KCore() {}

  public static int[] compute(InfluenceGraph g) {
    return compute(g.undirected());
  }

  static int[] compute(InfluenceGraph.Undirected u) {
    int n = u.start().length - 1;
    int[] degree = new int[n];
    int max = 0;
    for (int v = 0; v < n; v++) {
      degree[v] = u.degree(v);
      max = Math.max(max, degree[v]);
    }
    int[] binStart = new int[max + 2];
    for (int v = 0; v < n; v++) {
      binStart[degree[v] + 1]++;
    }
    for (int d = 0; d <= max; d++) {
      binStart[d + 1] += binStart[d];
    }
    int[] order = new int[n];
    int[] position = new int[n];
    int[] fill = binStart.clone();
    for (int v = 0; v < n; v++) {
      position[v] = fill[degree[v]]++;
      order[position[v]] = v;
    }
    for (int i = 0; i < n; i++) {
      int v = order[i];
      for (int e = u.start()[v]; e < u.start()[v + 1]; e++) {
        int w = u.neighbour()[e];
        if (degree[w] > degree[v]) {
          int dw = degree[w];
          int first = binStart[dw];
          int other = order[first];
          if (other != w) {
            order[position[w]] = other;
            position[other] = position[w];
            order[first] = w;
            position[w] = first;
          }
          binStart[dw]++;
          degree[w]--;
        }
      }
    }
    return degree;
  }
}
