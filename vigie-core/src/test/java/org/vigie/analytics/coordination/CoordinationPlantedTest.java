package org.vigie.analytics.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Planted groups are found in a large random log; viral objects do not blow up. */
class CoordinationPlantedTest {
  /** 200 000 background shares of 20 000 accounts over 30 days, 20 groups of 8 accounts. */
  private static final SimulatedShareLog PLANTED =
      new SimulatedShareLog(20_000, 50_000, 200_000, 30 * 86_400, 20, 8, 12, 20, 0.8, 0, 0);

  @Test
  void findsPlantedAccountsAndGroups() {
    SimulatedShareLog.Generated g = PLANTED.generate(7);
    CoordinationResult r = new CoordinationDetector(CoordinationSettings.of(60, 2)).detect(g.log());
    CoordinationGroups groups = r.flaggedGroups(1);
    Set<String> planted = new HashSet<>();
    g.groups().forEach(members -> members.forEach(a -> planted.add(g.log().accountName(a))));
    Set<String> found = new HashSet<>();
    groups.components().forEach(c -> c.accounts().forEach(m -> found.add(m.account())));
    Set<String> hit = new HashSet<>(found);
    hit.retainAll(planted);
    assertThat(hit.size() / (double) planted.size())
        .as("account recall")
        .isGreaterThanOrEqualTo(0.95);
    assertThat(hit.size() / (double) found.size())
        .as("account precision")
        .isGreaterThanOrEqualTo(0.90);

    List<Set<String>> detected =
        groups.components().stream()
            .map(c -> c.accounts().stream().map(CoordinatedGroup.Member::account).toList())
            .map(Set::copyOf)
            .toList();
    long recalled =
        g.groups().stream()
            .map(m -> Set.copyOf(m.stream().map(a -> g.log().accountName(a)).toList()))
            .filter(p -> detected.stream().anyMatch(d -> jaccard(p, d) >= 0.8))
            .count();
    assertThat(recalled / (double) g.groups().size())
        .as("group recall")
        .isGreaterThanOrEqualTo(0.95);
    List<Set<String>> truth =
        g.groups().stream()
            .map(m -> Set.copyOf(m.stream().map(a -> g.log().accountName(a)).toList()))
            .toList();
    long precise =
        detected.stream().filter(d -> truth.stream().anyMatch(p -> jaccard(p, d) >= 0.8)).count();
    assertThat(precise / (double) detected.size())
        .as("group precision")
        .isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void aViralObjectOf50000SharesInOneHourFinishes() {
    // 20 000 active accounts make a fifth of the viral shares, casual ones (seen once) the rest
    SimulatedShareLog viral =
        new SimulatedShareLog(20_000, 10_000, 200_000, 30 * 86_400, 0, 0, 0, 0, 0, 50_000, 0.2);
    CoordinationResult r =
        new CoordinationDetector(CoordinationSettings.of(60, 2)).detect(viral.generate(3).log());
    assertThat(r.sharePairs()).isGreaterThan(1_000_000L);
    assertThat(r.prefilteredRows()).isGreaterThanOrEqualTo(35_000);
  }

  @Test
  void aBotFarmRepeatingPairsOnAViralObjectFinishes() {
    // 1 000 accounts make all 50 000 shares: 41 million pairs on at most 500 000 edges
    SimulatedShareLog viral =
        new SimulatedShareLog(1_000, 10_000, 100_000, 30 * 86_400, 0, 0, 0, 0, 0, 50_000, 1.0);
    long start = System.nanoTime();
    CoordinationResult r =
        new CoordinationDetector(CoordinationSettings.of(60, 2).withoutEdgeSymmetry())
            .detect(viral.generate(3).log());
    assertThat(r.sharePairs()).isGreaterThan(40_000_000L);
    assertThat(r.edgeCount()).isLessThanOrEqualTo(1_000 * 999 / 2);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
  }

  @Test
  void tenThousandSharesInsideOneWindowFinish() {
    ShareLog log = new ShareLog();
    for (int k = 0; k < 10_000; k++) {
      log.addNumbered(k % 500, 0, k, k % 60);
    }
    CoordinationResult r =
        new CoordinationDetector(CoordinationSettings.of(60, 2).withoutEdgeSymmetry()).detect(log);
    long sameAccount = 500L * (20 * 19 / 2);
    assertThat(r.sharePairs()).isEqualTo(10_000L * 9_999 / 2 - sameAccount);
    assertThat(r.edgeCount()).isEqualTo(500 * 499 / 2);
    assertThat(r.groups(1).largestComponent()).isEqualTo(500);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size() / (double) union.size();
  }
}
