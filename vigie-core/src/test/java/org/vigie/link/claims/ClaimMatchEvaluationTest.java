package org.vigie.link.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Claim matching on the labelled claim/post pairs (src/test/resources/claims/claim-pairs.tsv): the
 * floors are the figures reported in docs/HARM.md, so that a change that loses precision or recall
 * fails here.
 */
class ClaimMatchEvaluationTest {
  static final Path PAIRS = Path.of("src/test/resources/claims/claim-pairs.tsv");

  @Test
  void theLabelledSetHoldsAtLeastAHundredPairsOfBothKinds() {
    List<ClaimPairs.Pair> pairs = ClaimPairs.read(PAIRS);
    long positives = pairs.stream().filter(ClaimPairs.Pair::restates).count();
    assertTrue(pairs.size() >= 100, "pairs: " + pairs.size());
    assertTrue(positives >= 40 && pairs.size() - positives >= 40, "positives: " + positives);
  }

  @Test
  void precisionAndRecallOnTheHeldOutHalfAndOnAllPairs() {
    ClaimMatchEvaluation.Result r = ClaimMatchEvaluation.run(ClaimPairs.read(PAIRS));
    System.out.println(describe(r));
    assertEquals(30, r.claims());
    assertTrue(r.heldOut().precision() >= 0.85, describe(r));
    assertTrue(r.heldOut().recall() >= 0.70, describe(r));
    assertTrue(r.all().precision() >= 0.85, describe(r));
    assertTrue(r.all().recall() >= 0.70, describe(r));
  }

  static String describe(ClaimMatchEvaluation.Result r) {
    return String.format(
        Locale.ROOT,
        "tuned %.2f, threshold %.2f; tuning P %.3f R %.3f (%d pairs); held-out P %.3f R %.3f F1 %.3f"
            + " (%d pairs, %d restating); all P %.3f R %.3f F1 %.3f (%d pairs)",
        r.tunedThreshold(),
        r.threshold(),
        r.tuning().precision(),
        r.tuning().recall(),
        r.tuning().pairs(),
        r.heldOut().precision(),
        r.heldOut().recall(),
        r.heldOut().f1(),
        r.heldOut().pairs(),
        r.heldOut().positives(),
        r.all().precision(),
        r.all().recall(),
        r.all().f1(),
        r.all().pairs());
  }
}
