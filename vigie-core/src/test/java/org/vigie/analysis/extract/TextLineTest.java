package org.vigie.analysis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written space and key rules give what the regular expressions they replace gave. */
class TextLineTest {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2007]+");
  private static final Pattern KEY_TRIM = Pattern.compile("[\\s.…:!–—\\-|»>]+$");
  private static final String ALPHABET = "ab é’.…:!–—-|»> \t\n\u000b\f\r\u00a0\u202f\u2007\u2003X";

  @Test
  void runsOfSpacesBecomeOneSpace() {
    assertThat(TextLine.of("  Le\u00a0 Mali\t\t a  voté \u202f").text())
        .isEqualTo("Le Mali a voté");
    assertThat(TextLine.of("Déjà propre").text()).isEqualTo("Déjà propre");
    assertThat(TextLine.of("• un point de liste").bullet()).isTrue();
  }

  @Test
  void keysLoseTheirTrailingPunctuation() {
    assertThat(TextLine.of("Lire la suite »").key()).isEqualTo("lire la suite");
    assertThat(TextLine.of("Partager :").key()).isEqualTo("partager");
    assertThat(TextLine.of("L’essentiel…").key()).isEqualTo("l'essentiel");
  }

  @Test
  void randomLinesAreTreatedAsTheRegularExpressionsTreatedThem() {
    SplittableRandom random = new SplittableRandom(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String raw = b.toString();
      String spaced = SPACES.matcher(raw).replaceAll(" ");
      assertThat(TextLine.singleSpaced(raw)).as("spaces of [%s]", raw).isEqualTo(spaced);
      TextLine line = TextLine.of(raw);
      String key =
          KEY_TRIM
              .matcher(line.text().toLowerCase(Locale.FRENCH).replace('’', '\''))
              .replaceAll("");
      assertThat(line.key()).as("key of [%s]", raw).isEqualTo(key);
    }
  }
}
