package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pipeline's detector: regional languages from Vigie's model, the rest from OpenNLP. */
class CombinedLanguageDetectorTest {
  private static final CombinedLanguageDetector DETECTOR =
      new CombinedLanguageDetector(RegionalLanguageDetector.load(), new OpenNlpLanguageDetector());

  private static String code(String text) {
    return DETECTOR.detect(text).code();
  }

  @Test
  void regionalLanguagesComeFromTheRegionalModel() {
    assertThat(code("Gobe za mu je kasuwa da safe, yara kuma suna zuwa makaranta."))
        .isEqualTo("hau");
    assertThat(code("Dama bëgg dem ca marse ba, jërëjëf ci sa ndimbal.")).isEqualTo("wol");
  }

  @Test
  void frenchEnglishAndArabicAgree() {
    assertThat(code("Le gouvernement a annoncé hier la réouverture des écoles de la capitale."))
        .isEqualTo("fra");
    assertThat(code("The president met farmers in the north of the country on Monday."))
        .isEqualTo("eng");
    assertThat(code("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية."))
        .isEqualTo("ara");
  }

  @Test
  void otherLanguagesComeFromOpenNlp() {
    assertThat(code("El presidente del gobierno anunció ayer nuevas medidas para la economía."))
        .isEqualTo("spa");
    assertThat(code("Die Regierung hat gestern neue Maßnahmen für die Wirtschaft angekündigt."))
        .isEqualTo("deu");
  }

  @Test
  void shortPostsTooShortForOpenNlpStillGetAnAnswer() {
    assertThat(code("on se voit ce soir")).isEqualTo("fra");
    assertThat(code("ok")).isEqualTo("und");
  }
}
