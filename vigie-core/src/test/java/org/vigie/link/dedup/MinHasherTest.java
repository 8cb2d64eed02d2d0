package org.vigie.link.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.Fixtures;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.Signature;

/** MinHash, LSH bands and the near-duplicate rule on plain strings (seed texts). */
class MinHasherTest {
  static final NearDuplicateDetector DETECTOR = NearDuplicateDetector.standard();

  static String seed(String prefix) throws IOException {
    try (var files = Files.list(Fixtures.seeds())) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
      return Files.readString(file);
    }
  }

  static Signature signature(String text) {
    return DETECTOR.signature(text).orElseThrow();
  }

  @Test
  void identicalTextsHaveTheSameSignatureAndAllBandKeys() throws IOException {
    String text = seed("000");
    assertThat(signature(text)).isEqualTo(signature(text));
    assertThat(signature(text).similarity(signature(text))).isEqualTo(1.0);
    assertThat(DETECTOR.bandKeys(signature(text))).hasSize(42).doesNotHaveDuplicates();
  }

  @Test
  void caseSpacingAndPunctuationDoNotChangeShingles() {
    Shingles shingles = new Shingles(5);
    assertThat(shingles.of("La MINUSMA a rencontré des blogueurs, à Bamako, hier soir."))
        .isEqualTo(shingles.of("la   minusma a rencontré des blogueurs à bamako\nhier soir !"));
    assertThat(shingles.of("trop court")).isEmpty();
  }

  @Test
  void aCopyWithOtherBoilerplateAndAnEditedParagraphIsANearDuplicate() throws IOException {
    String original = seed("000");
    String copy =
        "MALI ACTU 24 – L'information du Mali en continu\nAccueil | Politique | Société\n\n"
            + original
                .replace("Plus de vingt participants", "Une vingtaine de participants")
                .replace("Source: Minusma", "")
            + "\nCet article a été lu 2 315 fois.\nLaisser un commentaire\n© 2019 Mali Actu 24";
    Signature a = signature(original);
    Signature b = signature(copy);
    assertThat(a.similarity(b)).isGreaterThan(0.8);
    assertThat(DETECTOR.isCopy(a, b)).isTrue();
    Set<String> shared = new HashSet<>(DETECTOR.bandKeys(a));
    shared.retainAll(DETECTOR.bandKeys(b));
    assertThat(shared).isNotEmpty();
  }

  @Test
  void differentArticlesOnTheSameSubjectAreNotDuplicates() throws IOException {
    // 000 and 001: both about social media, bloggers and information in Mali.
    Signature a = signature(seed("000"));
    Signature b = signature(seed("001"));
    assertThat(a.similarity(b)).isLessThan(0.1);
    assertThat(DETECTOR.isCopy(a, b)).isFalse();
  }

  @Test
  void aShortBriefQuotedInALongArticleIsNotACopyOfIt() throws IOException {
    String article = seed("000");
    String brief = article.substring(0, article.indexOf('\n'));
    assertThat(DETECTOR.isCopy(signature(brief), signature(article))).isFalse();
  }

  @Test
  void textsTooShortToCompareGetNoSignature() {
    assertThat(DETECTOR.signature("Merci à tous pour vos messages !")).isEmpty();
  }

  @Test
  void signaturesSurviveTheirBinaryForm() throws IOException {
    Signature s = signature(seed("002"));
    byte[] bytes = s.toBytes();
    assertThat(bytes).hasSize(4 * 129);
    assertThat(Signature.fromBytes(bytes, 0, bytes.length)).isEqualTo(s);
    assertThatThrownBy(() -> Signature.fromBytes(new byte[5], 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 bytes");
  }

  @Test
  void bandingMakesLikelyCandidatesOfSimilarTextsOnly() {
    LshBands bands = new LshBands(42, 3);
    assertThat(bands.candidateProbability(0.5)).isGreaterThan(0.99);
    assertThat(bands.candidateProbability(0.05)).isLessThan(0.01);
    Signature short128 = new MinHasher(5, 128, 1).signature("un deux trois quatre cinq six");
    assertThatThrownBy(() -> new LshBands(64, 3).keys(short128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 × 3");
  }

  @Test
  void theLinkerPointsEveryCopyAtTheFirstOriginal() throws IOException {
    DuplicateLinker linker = new DuplicateLinker(DETECTOR);
    String text = seed("003");
    List<String> versions = List.of(text, "Publicité\n" + text, text + "\nLire aussi : la suite");
    String first = null;
    for (int i = 0; i < versions.size(); i++) {
      Signature s = signature(versions.get(i));
      List<String> keys = DETECTOR.bandKeys(s);
      String original = linker.originalOf(s, keys, k -> List.of());
      linker.remember(new DuplicateCandidate("v" + i, original, s), keys);
      if (i == 0) {
        assertThat(original).isNull();
        first = "v0";
      } else {
        assertThat(original).isEqualTo(first);
      }
    }
  }
}
