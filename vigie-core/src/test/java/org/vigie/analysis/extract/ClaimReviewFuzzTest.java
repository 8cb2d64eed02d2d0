package org.vigie.analysis.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.vigie.document.ClaimReview;

/**
 * Fuzz tests of the fact-check reader (docs/FUZZING.md): a ClaimReview data feed or file is either
 * read into reviews that each hold a claim, or refused with a {@link MalformedClaimReviewException}
 * naming the place; a page's JSON-LD scripts never make the reader throw (a bad script or review is
 * skipped, the page kept). Seeds: {@code ClaimReviewFuzzTestInputs/<method>/}.
 */
class ClaimReviewFuzzTest {

  @FuzzTest
  void feed(byte[] body) {
    List<ClaimReview> reviews;
    try {
      reviews = ClaimReviewReader.readFeed(new String(body, UTF_8), "fuzz.json");
    } catch (MalformedClaimReviewException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz.json");
      return;
    }
    assertThat(reviews).isNotEmpty().allSatisfy(r -> assertThat(r.claim()).isNotBlank());
  }

  @FuzzTest
  void jsonLd(byte[] body) {
    String script = new String(body, UTF_8);
    assertThat(ClaimReviewReader.inJsonLd(List.of(script, script)))
        .allSatisfy(r -> assertThat(r.claim()).isNotBlank());
  }
}
