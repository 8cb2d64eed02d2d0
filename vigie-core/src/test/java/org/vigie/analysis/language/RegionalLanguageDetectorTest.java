package org.vigie.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped regional model on sentences written for these tests (none is from FLORES). */
class RegionalLanguageDetectorTest {
  private static final RegionalLanguageDetector DETECTOR = RegionalLanguageDetector.load();

  private static String code(String text) {
    return DETECTOR.detect(text).code();
  }

  @Test
  void recognisesNewsSentencesInTheBigLanguages() {
    assertThat(code("Le gouvernement a annoncé hier la réouverture des écoles de la capitale."))
        .isEqualTo("fra");
    assertThat(code("The president met farmers in the north of the country on Monday."))
        .isEqualTo("eng");
    assertThat(code("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية."))
        .isEqualTo("ara");
  }

  @Test
  void recognisesTheRegionsLanguages() {
    assertThat(code("Gobe za mu je kasuwa da safe, yara kuma suna zuwa makaranta."))
        .isEqualTo("hau");
    assertThat(code("Dama bëgg dem ca marse ba, jërëjëf ci sa ndimbal.")).isEqualTo("wol");
    assertThat(code("Denmisɛnw bɛ taa lakɔli la don o don.")).isIn("bam", "dyu", "man");
  }

  @Test
  void aFrenchPostWithAWolofWordStaysFrench() {
    assertThat(code("Au marché Sandaga les commerçants disaient jërëjëf à tous les clients."))
        .isEqualTo("fra");
  }

  @Test
  void declinesTextsWithoutEnoughLetters() {
    assertThat(DETECTOR.detect("")).isEqualTo(LanguageGuess.UNDETERMINED);
    assertThat(DETECTOR.detect("ok !! 2024 https://example.org/abc"))
        .isEqualTo(LanguageGuess.UNDETERMINED);
  }

  @Test
  void confidenceIsAProbability() {
    LanguageGuess guess = DETECTOR.detect("Les enseignants demandent une hausse des salaires.");
    assertThat(guess.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void mapsTrainingLabelsToReportedCodes() {
    assertThat(RegionalLanguageDetector.reportedCode("arb")).isEqualTo("ara");
    assertThat(RegionalLanguageDetector.reportedCode("ary")).isEqualTo("ara");
    assertThat(RegionalLanguageDetector.reportedCode("fuv")).isEqualTo("ful");
    assertThat(RegionalLanguageDetector.reportedCode("wol")).isEqualTo("wol");
  }
}
