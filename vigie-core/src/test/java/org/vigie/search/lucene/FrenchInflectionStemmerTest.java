package org.vigie.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchInflectionStemmerTest {

  @Test
  void numberAndGenderGoDerivationsStay() {
    assertThat(stems("déplacé", "déplacés", "déplacée", "déplacées")).containsOnly("déplacé");
    assertThat(FrenchInflectionStemmer.stem("déplacement")).isEqualTo("déplacement");
    assertThat(FrenchInflectionStemmer.stem("déplacements")).isEqualTo("déplacement");
    assertThat(stems("arrêté", "arrêtés", "arrêtée")).containsOnly("arrêté");
    assertThat(FrenchInflectionStemmer.stem("arrêt")).isEqualTo("arrêt");
    assertThat(stems("électoral", "électorale", "électorales", "électoraux"))
        .containsOnly("électoral");
    assertThat(stems("malien", "maliens", "malienne", "maliennes")).containsOnly("malien");
    assertThat(stems("français", "française", "françaises")).containsOnly("français");
    assertThat(stems("niveau", "niveaux")).containsOnly("niveau");
    assertThat(stems("enjeu", "enjeux")).containsOnly("enjeu");
    assertThat(stems("nouvel", "nouvelle", "nouvelles")).containsOnly("nouvel");
    assertThat(stems("journaliste", "journalistes")).containsOnly("journalist");
    assertThat(stems("otage", "otages")).containsOnly("otag");
    assertThat(stems("viol", "viols")).containsOnly("viol");
  }

  @Test
  void shortWordsAndInvariablesAreLeftAlone() {
    assertThat(stems("pris", "CEI", "faux", "eaux", "stress"))
        .containsExactly("pris", "CEI", "faux", "eaux", "stress");
    assertThat(FrenchInflectionStemmer.stem("marché"))
        .isNotEqualTo(FrenchInflectionStemmer.stem("marche"));
    assertThat(FrenchInflectionStemmer.stem("attaquant"))
        .isNotEqualTo(FrenchInflectionStemmer.stem("attaques"));
  }

  private static java.util.List<String> stems(String... words) {
    return java.util.Arrays.stream(words).map(FrenchInflectionStemmer::stem).toList();
  }
}
