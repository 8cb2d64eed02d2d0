package org.vigie.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

class InfluenceJobTest {
  private static final InfluenceParams EXACT =
      InfluenceParams.defaults(GraphKind.AMPLIFICATION).withTolerance(1e-13, 10_000);

  @Test
  void fixturePostsMakeBothGraphs() {
    InfluenceInput input = InfluenceInput.fromPosts(FixturePosts.all());

    assertThat(input.edges())
        .extracting(InfluenceEdge::kind)
        .contains(Kind.FORWARD, Kind.RETWEET, Kind.MENTION);
    // the mention @StudioTamani and the retweeted StudioTamani are one account, by its id
    assertThat(input.edges())
        .filteredOn(e -> e.kind() == Kind.RETWEET)
        .extracting(InfluenceEdge::to)
        .contains("x:998877");
    // a Telegram reply names only the post: it is credited to that post's author
    assertThat(input.edges()).filteredOn(e -> e.kind() == Kind.REPLY).isNotEmpty();
  }

  @Test
  void scoresAgreeWithTextbookComputationsOnTheFixtureGraphs() {
    InfluenceInput input = InfluenceInput.fromPosts(FixturePosts.all());
    for (GraphKind kind : GraphKind.values()) {
      InfluenceGraph g = InfluenceGraph.build(input.edges(), kind, input.profiles().keySet());
      assertThat(g.edgeCount()).as(kind.name()).isPositive();
      agree(new Reference(input.profiles().keySet(), input.edges(), kind), g);
    }
  }

  @Test
  void scoresAgreeWithTextbookComputationsAndJGraphTOnAHeavyTailedGraph() {
    List<InfluenceEdge> edges = heavyTailed(1500, 8000, 42);
    List<String> none = List.of();
    InfluenceGraph g = InfluenceGraph.build(edges, GraphKind.AMPLIFICATION, none);
    agree(new Reference(none, edges, GraphKind.AMPLIFICATION), g);

    double[] pr = WeightedPageRank.compute(g, 0.85, 10_000, 1e-13).values();
    Map<String, Double> jgrapht =
        new PageRank<>(jgraphtDirected(g), 0.85, 10_000, 1e-13).getScores();
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(pr[v]).isCloseTo(jgrapht.get(g.key(v)), within(1e-9));
    }
    int[] core = KCore.compute(g);
    Map<String, Integer> jcore = new Coreness<>(jgraphtUndirected(g)).getScores();
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(core[v]).as(g.key(v)).isEqualTo(jcore.get(g.key(v)));
    }
  }

  private static void agree(Reference ref, InfluenceGraph g) {
    assertThat(g.nodeCount()).isEqualTo(ref.nodes().size());
    double[] pr = WeightedPageRank.compute(g, 0.85, 10_000, 1e-13).values();
    assertThat(pr).containsExactly(Reference.array(ref.pageRank(0.85), g), within(1e-6));
    assertThat(java.util.Arrays.stream(pr).sum()).isCloseTo(1.0, within(1e-9));
    Hits.Result hits = Hits.compute(g, 10_000, 1e-14);
    List<Map<String, Double>> refHits = ref.hits();
    assertThat(hits.hub()).containsExactly(Reference.array(refHits.get(0), g), within(1e-6));
    assertThat(hits.authority()).containsExactly(Reference.array(refHits.get(1), g), within(1e-6));
    assertThat(java.util.Arrays.stream(KCore.compute(g)).asDoubleStream().toArray())
        .containsExactly(Reference.array(ref.coreness(), g), within(1e-6));
  }

  @Test
  void pageRankAndFollowersDisagreeByConstruction() {
    // "star" has a million followers and nobody amplifies it; "relay" has 200 and ten accounts
    // forward it; the ten small accounts have 1 000–10 000 followers each.
    List<PostMetadata> posts = new ArrayList<>();
    Account star = account("star", 1_000_000L);
    Account relay = account("relay", 200L);
    posts.add(post("star", 1, star, List.of()));
    for (int i = 0; i < 10; i++) {
      Account fan = account("fan" + i, 1000L * (i + 1));
      posts.add(post("fan" + i, 1, fan, List.of(new Relation(Kind.FORWARD, null, relay))));
      if (i < 2) {
        posts.add(post("fan" + i, 2, fan, List.of(new Relation(Kind.FORWARD, null, star))));
      }
    }
    posts.add(post("relay", 1, relay, List.of()));

    InfluenceResult r = InfluenceJob.run(posts, EXACT);

    assertThat(r.accounts().getFirst().key()).isEqualTo("telegram:relay");
    assertThat(r.account("telegram:star").rank()).isEqualTo(2);
    assertThat(r.account("telegram:relay").tier()).isEqualTo(Tier.TOP_1);
    assertThat(r.account("telegram:relay").inStrength()).isEqualTo(10.0);
    assertThat(r.followersPageRankRho()).isLessThan(0.5);
    // ρ by hand: followers rank relay 1st lowest, star highest; PageRank the reverse for those two
    double[] f = r.accounts().stream().mapToDouble(a -> a.followers()).toArray();
    double[] p = r.accounts().stream().mapToDouble(AccountInfluence::pageRank).toArray();
    assertThat(r.followersPageRankRho()).isCloseTo(Spearman.rho(f, p), within(1e-12));
    // the explanation: fan0 and fan1 give relay half their rank each, the others all of it
    AccountInfluence relayed = r.account("telegram:relay");
    assertThat(relayed.pageRankFrom()).hasSize(3);
    double sum =
        r.accounts().stream()
            .filter(a -> a.key().startsWith("telegram:fan"))
            .mapToDouble(AccountInfluence::pageRank)
            .max()
            .orElseThrow();
    assertThat(relayed.pageRankFrom().getFirst().value()).isCloseTo(sum * 0.85, within(1e-9));
    assertThat(relayed.pageRankFrom().getFirst().account())
        .isNotIn("telegram:fan0", "telegram:fan1");
    assertThat(r.account("telegram:star").pageRankFrom())
        .extracting(Contribution::account)
        .containsExactlyInAnyOrder("telegram:fan0", "telegram:fan1");
    assertThat(r.account("telegram:fan0").hubTo())
        .extracting(Contribution::account)
        .first()
        .isEqualTo("telegram:relay");
  }

  @Test
  void pageRankContributionsAddUpToTheScoreLessTheTeleport() {
    List<InfluenceEdge> edges = heavyTailed(300, 1500, 7);
    InfluenceParams params =
        new InfluenceParams(GraphKind.AMPLIFICATION, 0.85, 10_000, 1e-13, 10_000, 1, 20);
    InfluenceResult r = InfluenceJob.run(edges, Map.of(), params);
    double dangling =
        r.accounts().stream()
            .filter(a -> a.outStrength() == 0)
            .mapToDouble(AccountInfluence::pageRank)
            .sum();
    int n = r.accounts().size();
    for (AccountInfluence a : r.accounts()) {
      double fromEdges = a.pageRankFrom().stream().mapToDouble(Contribution::value).sum();
      assertThat(fromEdges + 0.15 / n + 0.85 * dangling / n).isCloseTo(a.pageRank(), within(1e-9));
    }
  }

  @Test
  void tiersSplitTheRanking() {
    assertThat(Tier.of(0, 1000)).isEqualTo(Tier.TOP_1);
    assertThat(Tier.of(9, 1000)).isEqualTo(Tier.TOP_1);
    assertThat(Tier.of(10, 1000)).isEqualTo(Tier.TOP_20);
    assertThat(Tier.of(199, 1000)).isEqualTo(Tier.TOP_20);
    assertThat(Tier.of(200, 1000)).isEqualTo(Tier.TOP_50);
    assertThat(Tier.of(500, 1000)).isEqualTo(Tier.REST);
    assertThat(Tier.of(0, 3)).isEqualTo(Tier.TOP_1);
  }

  @Test
  void communitiesRepeatWithTheSeedAndSplitTwoCliques() {
    List<InfluenceEdge> edges = new ArrayList<>();
    for (String side : List.of("a", "b")) {
      for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 5; j++) {
          if (i != j) {
            edges.add(new InfluenceEdge(side + i, side + j, Kind.RETWEET, 1));
          }
        }
      }
    }
    edges.add(new InfluenceEdge("a0", "b0", Kind.RETWEET, 1));
    InfluenceResult r = InfluenceJob.run(edges, Map.of(), EXACT);
    InfluenceResult again = InfluenceJob.run(edges, Map.of(), EXACT);

    assertThat(r.communities()).isEqualTo(2);
    assertThat(r.account("a3").community())
        .isEqualTo(r.account("a4").community())
        .isNotEqualTo(r.account("b3").community());
    assertThat(again.accounts())
        .extracting(AccountInfluence::community)
        .isEqualTo(r.accounts().stream().map(AccountInfluence::community).toList());
    assertThat(r.account("a3").core()).isEqualTo(4);
  }

  @Test
  void engagementRateIsPerViewElsePerFollower() {
    assertThat(new AccountProfile("k", account("k", 1000L), 2, 30, 600, 2).engagementRate())
        .isEqualTo(0.05);
    assertThat(new AccountProfile("k", account("k", 1000L), 2, 30, 0, 0).engagementRate())
        .isEqualTo(0.015);
    assertThat(new AccountProfile("k", account("k", null), 2, 30, 0, 0).engagementRate()).isNull();
  }

  @Test
  void spearmanAveragesTies() {
    assertThat(Spearman.ranks(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
    assertThat(Spearman.rho(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
    assertThat(Spearman.rho(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4}))
        .isCloseTo(0.9486832980505138, within(1e-12));
    assertThat(Spearman.rho(new double[] {1}, new double[] {1})).isNaN();
  }

  /**
   * Edges from uniform sources to Zipf-like targets: a few accounts get most of the amplification.
   */
  static List<InfluenceEdge> heavyTailed(int accounts, int count, long seed) {
    Random random = new Random(seed);
    List<InfluenceEdge> edges = new ArrayList<>();
    Kind[] kinds = {Kind.FORWARD, Kind.RETWEET, Kind.QUOTE};
    for (int i = 0; i < count; i++) {
      int from = random.nextInt(accounts);
      int to = (int) (accounts * Math.pow(random.nextDouble(), 3));
      edges.add(new InfluenceEdge("a" + from, "a" + to, kinds[i % 3], 1 + random.nextInt(3)));
    }
    return edges;
  }

  static Graph<String, DefaultWeightedEdge> jgraphtDirected(InfluenceGraph g) {
    Graph<String, DefaultWeightedEdge> j =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < g.nodeCount(); v++) {
      j.addVertex(g.key(v));
    }
    g.forEachEdge((u, v, w) -> j.setEdgeWeight(j.addEdge(g.key(u), g.key(v)), w));
    return j;
  }

  static Graph<String, DefaultEdge> jgraphtUndirected(InfluenceGraph g) {
    Graph<String, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
    for (int v = 0; v < g.nodeCount(); v++) {
      j.addVertex(g.key(v));
    }
    g.forEachEdge(
        (u, v, w) -> {
          if (!j.containsEdge(g.key(u), g.key(v))) j.addEdge(g.key(u), g.key(v));
        });
    return j;
  }

  static Account account(String id, Long followers) {
    return new Account("telegram", id, id, "Name " + id, followers);
  }

  static PostMetadata post(String id, int n, Account author, List<Relation> relations) {
    return new PostMetadata(
        "telegram",
        id + "/" + n,
        author,
        new Engagement(100L, 1L, 2L, 0L),
        relations,
        "2024-03-14T08:0" + n + ":00Z",
        null);
  }
}
