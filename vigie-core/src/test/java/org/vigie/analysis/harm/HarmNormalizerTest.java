package org.vigie.analysis.harm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HarmNormalizerTest {
  private static String forms(String text) {
    return String.join(
        " ",
        HarmNormalizer.normalize(text).tokens().stream().map(NormalizedText.Token::form).toList());
  }

  @Test
  void foldsCaseAndAccentsAndSqueezesRepeatedLetters() {
    assertThat(forms("Les PEULS sont des terrrrroristes"))
        .isEqualTo("les peuls sont des teroristes");
    assertThat(forms("Éliminer")).isEqualTo("eliminer");
  }

  @Test
  void decodesLeetspeakInsideWordsOnly() {
    assertThat(forms("t3rr0r1st3 c4f4rds r@ts")).isEqualTo("teroriste cafards rats");
    assertThat(forms("en 2024 @user")).isEqualTo("en 2024 user");
  }

  @Test
  void joinsSpacedDottedAndDashedLetters() {
    assertThat(forms("des t e r r o r i s t e s")).isEqualTo("des teroristes");
    assertThat(forms("e.x.t.e.r.m.i.n.e.r les")).isEqualTo("exterminer les");
    assertThat(forms("c-a-f-a-r-d-s")).isEqualTo("cafards");
    assertThat(forms("ver*mine")).isEqualTo("vermine");
  }

  @Test
  void keepsShortFrenchWordsApart() {
    assertThat(forms("il y a un an")).isEqualTo("il y a un an");
  }

  @Test
  void tokensPointBackToTheOriginal() {
    String text = "Les P3uls sont des t e r r o r i s t e s.";
    NormalizedText n = HarmNormalizer.normalize(text);
    NormalizedText.Token last = n.tokens().get(n.tokens().size() - 1);
    assertThat(text.substring(last.start(), last.end())).isEqualTo("t e r r o r i s t e s");
    assertThat(text.substring(n.tokens().get(1).start(), n.tokens().get(1).end()))
        .isEqualTo("P3uls");
  }

  @Test
  void survivesRandomInput() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        String alphabet = "ab e.3@ -*_«»\"'’éœ\n";
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      NormalizedText n = HarmNormalizer.normalize(s.toString());
      for (NormalizedText.Token t : n.tokens()) {
        assertThat(t.start()).isBetween(0, t.end());
        assertThat(t.end()).isLessThanOrEqualTo(s.length());
      }
    }
  }
}
