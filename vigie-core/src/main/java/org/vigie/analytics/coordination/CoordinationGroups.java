package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The groups of a coordinated network, computed with JGraphT: its connected components, and
 * communities inside them by label propagation (seeded, so a run repeats). Both lists are ordered
 * by size, largest first.
 */
public final class CoordinationGroups {
  private static final int MAX_ITERATIONS = 100;
  private final List<CoordinatedGroup> components;
  private final List<CoordinatedGroup> communities;

  private CoordinationGroups(
      List<CoordinatedGroup> components, List<CoordinatedGroup> communities) {
    this.components = components;
    this.communities = communities;
  }

  static CoordinationGroups of(CoordinationResult result, long seed, boolean flaggedOnly) {
    Graph<Integer, DefaultWeightedEdge> graph = graph(result, flaggedOnly);
    List<Set<Integer>> components = new ConnectivityInspector<>(graph).connectedSets();
    List<Set<Integer>> communities =
        new LabelPropagationClustering<>(graph, MAX_ITERATIONS, new Random(seed))
            .getClustering()
            .getClusters();
    return new CoordinationGroups(describe(result, components), describe(result, communities));
  }

  private static Graph<Integer, DefaultWeightedEdge> graph(
      CoordinationResult result, boolean flaggedOnly) {
    Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int i = 0; i < result.edgeCount(); i++) {
      if (flaggedOnly && result.edgeWeight(i) <= result.weightThreshold()) {
        continue;
      }
      int a = result.edgeA(i);
      int b = result.edgeB(i);
      g.addVertex(a);
      g.addVertex(b);
      g.setEdgeWeight(g.addEdge(a, b), result.edgeWeight(i));
    }
    return g;
  }

  public List<CoordinatedGroup> components() {
    return components;
  }

  public List<CoordinatedGroup> communities() {
    return communities;
  }

  /** Accounts in the largest component (0 without edges). */
  public int largestComponent() {
    return components.isEmpty() ? 0 : components.getFirst().size();
  }

  /** Each set of accounts as a group: members, objects, time span, kinds, platforms. */
  private static List<CoordinatedGroup> describe(
      CoordinationResult result, List<Set<Integer>> sets) {
    ShareLog log = result.log();
    int[] groupOf = new int[log.accountCount()];
    Arrays.fill(groupOf, -1);
    for (int g = 0; g < sets.size(); g++) {
      for (int a : sets.get(g)) {
        groupOf[a] = g;
      }
    }
    int[] coordinated = new int[log.accountCount()];
    List<Set<String>> objects = new ArrayList<>();
    List<Set<String>> platforms = new ArrayList<>();
    long[] first = new long[sets.size()];
    long[] last = new long[sets.size()];
    int[] kinds = new int[sets.size()];
    Arrays.fill(first, Long.MAX_VALUE);
    Arrays.fill(last, Long.MIN_VALUE);
    for (int g = 0; g < sets.size(); g++) {
      objects.add(new TreeSet<>());
      platforms.add(new TreeSet<>());
    }
    for (int r : result.coordinatedRows()) {
      int a = log.account(r);
      int g = groupOf[a];
      coordinated[a]++;
      if (g < 0) {
        continue;
      }
      objects.get(g).add(log.objectName(log.object(r)));
      String platform = log.platformName(log.platform(r));
      if (!platform.isEmpty()) {
        platforms.get(g).add(platform);
      }
      first[g] = Math.min(first[g], log.time(r));
      last[g] = Math.max(last[g], log.time(r));
      kinds[g] |= log.kind(r).bit();
    }
    List<CoordinatedGroup> groups = new ArrayList<>();
    for (int g = 0; g < sets.size(); g++) {
      List<CoordinatedGroup.Member> members = new ArrayList<>();
      for (int a : sets.get(g)) {
        members.add(
            new CoordinatedGroup.Member(log.accountName(a), result.shares(a), coordinated[a]));
      }
      members.sort(
          Comparator.comparingInt(CoordinatedGroup.Member::coordinatedShares)
              .reversed()
              .thenComparing(CoordinatedGroup.Member::account));
      Set<ObjectKind> k =
          kinds[g] == 0 ? EnumSet.noneOf(ObjectKind.class) : ObjectKind.fromMask(kinds[g]);
      groups.add(
          new CoordinatedGroup(
              List.copyOf(members),
              List.copyOf(objects.get(g)),
              first[g],
              last[g],
              k,
              Set.copyOf(platforms.get(g))));
    }
    groups.sort(
        Comparator.comparingInt(CoordinatedGroup::size)
            .reversed()
            .thenComparing(g -> g.accounts().getFirst().account()));
    return List.copyOf(groups);
  }
}
