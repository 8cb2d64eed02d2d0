package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CharNgramHasherTest {
  private final CharNgramHasher hasher = new CharNgramHasher(12, 5);

  @Test
  void normalisesCaseLinksMentionsAndPunctuation() {
    assertThat(CharNgramHasher.normalize("@awa Voir https://x.org/a?b=1 — C’EST ÇA, 2024 !"))
        .isEqualTo(" voir c'est ça ");
  }

  @Test
  void dropsCombiningMarksButKeepsPrecomposedLetters() {
    assertThat(CharNgramHasher.normalize("e\u0301 ɛ ɔ ŋ")).isEqualTo(" é ɛ ɔ ŋ ");
    assertThat(CharNgramHasher.normalize("كَتَبَ")).isEqualTo(" كتب ");
  }

  @Test
  void featuresHaveUnitLengthAndStayInRange() {
    SparseVector x = hasher.features(CharNgramHasher.normalize("Bonjour tout le monde"));
    double norm = 0;
    for (int k = 0; k < x.size(); k++) {
      assertThat(x.indices()[k]).isBetween(0, hasher.buckets() - 1);
      norm += x.values()[k] * x.values()[k];
    }
    assertThat(norm).isCloseTo(1, Offset.offset(1e-5));
  }

  @Test
  void emptyTextHasNoFeatures() {
    assertThat(hasher.features(CharNgramHasher.normalize("  ")).size()).isZero();
  }

  @Test
  void survivesRandomInput() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      char[] chars = new char[random.nextInt(300)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      String normalized = CharNgramHasher.normalize(new String(chars));
      assertThat(hasher.features(normalized).size()).isLessThanOrEqualTo(normalized.length() * 5);
    }
  }

  @Test
  void rejectsBadSettingsByName() {
    assertThatThrownBy(() -> new CharNgramHasher(30, 5)).hasMessageContaining("bits");
    assertThatThrownBy(() -> new CharNgramHasher(12, 0)).hasMessageContaining("maxN");
  }
}
