package org.vigie.analytics.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The detector against a brute-force CooRTweet on the shared share logs ({@code
 * ../shared/eval/coordination} beside the repository; skipped when absent), and on small logs.
 */
class CoordinationDetectorTest {
  static final Path SHARED = Path.of("../../shared/eval/coordination");
  static final Path RUSSIAN = SHARED.resolve("russian_coord_tweets.csv");
  static final Path GERMAN = SHARED.resolve("german_elections.csv");

  @Test
  void findsThePublishedFiguresOnTheRussianTweets() throws IOException {
    assumeShared(RUSSIAN);
    CoordinationResult r =
        new CoordinationDetector(CoordinationSettings.of(60, 2)).detect(log(russian()));
    assertThat(r.sharePairs()).isEqualTo(3791);
    assertThat(r.edgeCount()).isEqualTo(3721);
    assertThat(r.accountCount()).isEqualTo(2110);
  }

  @Test
  void agreesWithBruteForceOnTheRussianTweets() throws IOException {
    assumeShared(RUSSIAN);
    List<BruteForceCoordination.Row> rows = russian();
    ShareLog log = log(rows);
    for (long window : new long[] {10, 60, 300}) {
      for (int min : new int[] {1, 2, 3}) {
        assertSame(rows, log, window, min);
      }
    }
  }

  @Test
  void agreesWithBruteForceOnTheGermanElections() throws IOException {
    assumeShared(GERMAN);
    for (String column : List.of("url_id", "hashtag_id", "phash_id")) {
      List<BruteForceCoordination.Row> rows = german(column);
      ShareLog log = log(rows);
      for (long window : new long[] {10, 60, 300}) {
        for (int min : new int[] {1, 2, 3}) {
          assertSame(rows, log, window, min);
        }
      }
    }
  }

  @Test
  void removesLoopsAndCountsIdenticalRowsOnce() {
    ShareLog log = new ShareLog();
    log.add(Share.of("a", "o", "c1", 0));
    log.add(Share.of("a", "o", "c1", 0)); // identical: once
    log.add(Share.of("a", "o", "c2", 5)); // same account: loop
    log.add(Share.of("b", "o", "c1", 5)); // same content as a's: loop
    log.add(Share.of("b", "o", "c3", 10));
    log.add(Share.of("c", "o", "o", 10)); // content is the object: loop
    log.add(Share.of("c", "o", "c4", 11));
    log.add(Share.of("d", "", "c5", 11)); // no object: skipped
    CoordinationResult r = new CoordinationDetector(CoordinationSettings.of(10, 1)).detect(log);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.skippedNoObject()).isEqualTo(1);
    // pairs: a-b (0, 10), (5, 5), (5, 10); a-c (5, 11); b-c (5, 11), (10, 11)
    assertThat(r.sharePairs()).isEqualTo(6);
    Map<String, CoordinatedEdge> edges = byKey(r);
    assertThat(edges.get("a|b").weight()).isEqualTo(3);
    assertThat(edges.get("a|b").objects()).isEqualTo(1);
    assertThat(edges.get("a|b").meanDelta()).isEqualTo(5.0);
    assertThat(edges.get("a|b").symmetry()).isEqualTo(1.0);
    assertThat(edges.get("b|c").weight()).isEqualTo(2);
    assertThat(edges.get("b|c").symmetry()).isEqualTo(0.5);
    assertThat(edges.get("a|c").weight()).isEqualTo(1);
  }

  @Test
  void evidenceListsThePairsBehindTheEdgesEarliestFirst() {
    ShareLog log = new ShareLog();
    log.add(Share.of("a", "o", "c1", 0));
    log.add(Share.of("a", "o", "c1", 0));
    log.add(Share.of("a", "o", "c2", 5));
    log.add(Share.of("b", "o", "c1", 5));
    log.add(Share.of("b", "o", "c3", 10));
    log.add(Share.of("c", "o", "o", 10));
    log.add(Share.of("c", "o", "c4", 11));
    CoordinationResult r = new CoordinationDetector(CoordinationSettings.of(10, 1)).detect(log);
    Evidence all = r.evidence(List.of("a", "b", "c"), 100);
    assertThat(all.total()).isEqualTo(r.sharePairs());
    assertThat(all.objects()).containsExactly(Map.entry("o", 6L));
    assertThat(all.hours()).containsExactly(Map.entry(0L, 6L));
    assertThat(all.pairs())
        .extracting(p -> p.accountA() + p.timeA() + "-" + p.accountB() + p.timeB())
        .containsExactly("a0-b10", "a5-b5", "a5-b10", "a5-c11", "b5-c11", "b10-c11");
    Evidence ab = r.evidence(List.of("a", "b"), 2);
    assertThat(ab.total()).isEqualTo(3);
    assertThat(ab.pairs()).hasSize(2);
    assertThat(ab.pairs().getFirst().contentA()).isEqualTo("c1");
    assertThat(ab.pairs().getFirst().contentB()).isEqualTo("c3");
    assertThat(ab.pairs().getFirst().delta()).isEqualTo(10);
  }

  @Test
  void evidenceOfEveryComponentAddsUpToThePairsOnTheRussianTweets() throws IOException {
    assumeShared(RUSSIAN);
    CoordinationResult r =
        new CoordinationDetector(CoordinationSettings.of(60, 2)).detect(log(russian()));
    long sum = 0;
    for (CoordinatedGroup g : r.groups(1).components()) {
      Evidence e =
          r.evidence(g.accounts().stream().map(CoordinatedGroup.Member::account).toList(), 5);
      assertThat(e.pairs()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
      for (Evidence.Pair p : e.pairs()) {
        assertThat(p.delta()).isBetween(0L, 60L);
        assertThat(p.accountA()).isNotEqualTo(p.accountB());
      }
      sum += e.total();
    }
    assertThat(sum).isEqualTo(3791);
  }

  @Test
  void flagsEdgesAboveTheQuantileAndCountsFastPairs() {
    assertThat(CoordinationResult.quantile7(new int[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    assertThat(CoordinationResult.quantile7(new int[] {1, 1, 1, 5}, 0.9))
        .isCloseTo(3.8, within(1e-9));
    ShareLog log = new ShareLog();
    for (int k = 0; k < 3; k++) {
      log.add(Share.of("a", "o" + k, "a" + k, 100 * k));
      log.add(Share.of("b", "o" + k, "b" + k, 100 * k + 2));
    }
    log.add(Share.of("c", "o0", "c0", 40));
    log.add(Share.of("c", "o9", "c9", 40));
    CoordinationResult r =
        new CoordinationDetector(CoordinationSettings.of(60, 1).withFastWindow(10)).detect(log);
    Map<String, CoordinatedEdge> edges = byKey(r);
    assertThat(edges.get("a|b").flagged()).isTrue();
    assertThat(edges.get("a|b").fastWeight()).isEqualTo(3);
    assertThat(edges.get("a|c").flagged()).isFalse();
    assertThat(edges.get("a|c").fastWeight()).isZero();
  }

  @Test
  void labelsEdgesWithTheKindsOfTheirObjects() {
    ShareLog log = new ShareLog();
    log.add(new Share("a", "url:1", "p1", 0, "facebook", ObjectKind.URL));
    log.add(new Share("b", "url:1", "p2", 3, "twitter", ObjectKind.URL));
    log.add(new Share("a", "tag:x", "p1", 0, "facebook", ObjectKind.HASHTAG));
    log.add(new Share("b", "tag:x", "p2", 3, "twitter", ObjectKind.HASHTAG));
    CoordinationResult r = new CoordinationDetector(CoordinationSettings.of(10, 1)).detect(log);
    CoordinatedEdge e = r.edge(0);
    assertThat(e.weight()).isEqualTo(2);
    assertThat(e.objects()).isEqualTo(2);
    assertThat(e.kinds()).containsExactlyInAnyOrder(ObjectKind.URL, ObjectKind.HASHTAG);
    CoordinatedGroup g = r.groups(1).components().getFirst();
    assertThat(g.platforms()).containsExactlyInAnyOrder("facebook", "twitter");
    assertThat(g.objects()).containsExactly("tag:x", "url:1");
    assertThat(g.accounts().getFirst().coordinatedFraction()).isEqualTo(1.0);
  }

  private static void assertSame(
      List<BruteForceCoordination.Row> rows, ShareLog log, long window, int min) {
    BruteForceCoordination.Result expected = BruteForceCoordination.detect(rows, window, min);
    CoordinationResult actual =
        new CoordinationDetector(CoordinationSettings.of(window, min)).detect(log);
    String setting = "window " + window + ", min_participation " + min;
    assertThat(actual.sharePairs()).as(setting).isEqualTo(expected.pairs());
    Map<String, CoordinatedEdge> edges = byKey(actual);
    assertThat(edges.keySet()).as(setting).isEqualTo(expected.edges().keySet());
    expected
        .edges()
        .forEach(
            (k, e) -> {
              CoordinatedEdge a = edges.get(k);
              assertThat(a.weight()).as(k).isEqualTo(e.weight());
              assertThat(a.objects()).as(k).isEqualTo(e.objects());
              assertThat(a.meanDelta()).as(k).isCloseTo(e.meanDelta(), within(1e-9));
              assertThat(a.symmetry()).as(k).isCloseTo(e.symmetry(), within(1e-9));
            });
  }

  static Map<String, CoordinatedEdge> byKey(CoordinationResult r) {
    Map<String, CoordinatedEdge> edges = new HashMap<>();
    for (int i = 0; i < r.edgeCount(); i++) {
      CoordinatedEdge e = r.edge(i);
      edges.put(e.accountA() + "|" + e.accountB(), e);
    }
    return edges;
  }

  static ShareLog log(List<BruteForceCoordination.Row> rows) {
    ShareLog log = new ShareLog();
    rows.forEach(r -> log.add(Share.of(r.account(), r.object(), r.content(), r.time())));
    return log;
  }

  static void assumeShared(Path file) {
    assumeTrue(
        Files.isRegularFile(file),
        "coordination share log not found at " + file.toAbsolutePath() + "; skipped");
  }

  static List<BruteForceCoordination.Row> russian() throws IOException {
    List<BruteForceCoordination.Row> rows = new ArrayList<>();
    for (CSVRecord r : records(RUSSIAN)) {
      rows.add(
          new BruteForceCoordination.Row(
              r.get("object_id"),
              r.get("account_id"),
              r.get("content_id"),
              Long.parseLong(r.get("timestamp_share"))));
    }
    return rows;
  }

  /** The German posts that carry an object in {@code column}, the post as content. */
  static List<BruteForceCoordination.Row> german(String column) throws IOException {
    List<BruteForceCoordination.Row> rows = new ArrayList<>();
    for (CSVRecord r : records(GERMAN)) {
      String object = r.get(column);
      if (!object.equals("NA") && !object.isEmpty()) {
        rows.add(
            new BruteForceCoordination.Row(
                object, r.get("account_id"), r.get("post_id"), Long.parseLong(r.get("timestamp"))));
      }
    }
    return rows;
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
