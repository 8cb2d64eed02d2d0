package org.vigie.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = Tokenizer.french();

  private List<String> words(String text) {
    return tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void splitsElisionsWithBothApostrophes() {
    assertThat(words("l’ONU et l'AGETIC qu’ils d’information aujourd’hui"))
        .containsExactly(
            "l’", "ONU", "et", "l'", "AGETIC", "qu’", "ils", "d’", "information", "aujourd’hui");
  }

  @Test
  void keepsAbbreviationsInitialsAndHyphens() {
    assertThat(
            words(
                "M. Bamba, Mme Poeschl, Dr. Diallo et J. Adamson à St. Louis, Nouvelle-Zélande, a-t-elle"))
        .containsExactly(
            "M.",
            "Bamba",
            ",",
            "Mme",
            "Poeschl",
            ",",
            "Dr.",
            "Diallo",
            "et",
            "J.",
            "Adamson",
            "à",
            "St.",
            "Louis",
            ",",
            "Nouvelle-Zélande",
            ",",
            "a-t-elle");
  }

  @Test
  void keepsNumbersWhole() {
    assertThat(words("près de 150 000 personnes, 2,7 milliards, 84% et 1 200 000 vues (6) 138e"))
        .containsExactly(
            "près",
            "de",
            "150 000",
            "personnes",
            ",",
            "2,7",
            "milliards",
            ",",
            "84",
            "%",
            "et",
            "1 200 000",
            "vues",
            "(",
            "6",
            ")",
            "138e");
    assertThat(words("les 6 et 7 décembre 2015 123 participants")).contains("2015", "123");
  }

  @Test
  void quotesLinksAndAccounts() {
    assertThat(words("«fake news» “oui” \"non\" https://x.ml/a?b=1. #Mali2018 @minusma"))
        .containsExactly(
            "«",
            "fake",
            "news",
            "»",
            "“",
            "oui",
            "”",
            "\"",
            "non",
            "\"",
            "https://x.ml/a?b=1",
            ".",
            "#Mali2018",
            "@minusma");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Selon Hadizetou Sidibé de Doniblog, l’internaute…";
    for (Token t : tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void randomInputNeverFailsAndCoversTheText() {
    Random random = new Random(7);
    String alphabet = "aZé .,'’-«»()0123456789\n\u00A0M@#/:";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int last = 0;
      for (Token t : tokenizer.tokenize(text)) {
        assertThat(t.start()).isGreaterThanOrEqualTo(last);
        assertThat(t.end()).isGreaterThan(t.start());
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        last = t.end();
      }
    }
  }
}
