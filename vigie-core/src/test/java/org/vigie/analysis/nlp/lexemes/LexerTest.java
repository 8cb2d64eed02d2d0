package org.vigie.analysis.nlp.lexemes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexerTest {

  @Test
  void cutsWordsDigitsAndSymbolsAndFoldsWords() {
    assertThat(
            Lexer.tokenize("Aujourd’hui, 2,7 milliards d’utilisateurs (48h) au mois de Fevrier."))
        .extracting(t -> t.norm() + "/" + t.kind().name().charAt(0))
        .containsExactly(
            "aujourd'hui/W",
            ",/S",
            "2/D",
            ",/S",
            "7/D",
            "milliards/W",
            "d/W",
            "’/S",
            "utilisateurs/W",
            "(/S",
            "48/D",
            "h/W",
            ")/S",
            "au/W",
            "mois/W",
            "de/W",
            "fevrier/W",
            "./S");
  }

  @Test
  void keepsHyphenatedWordsAndOffsets() {
    String text = "avant-hier, soixante-dix-neuf\u00A0000";
    assertThat(Lexer.tokenize(text))
        .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()))
        .extracting(Lexeme::text)
        .containsExactly("avant-hier", ",", "soixante-dix-neuf", "000");
  }

  @Test
  void foldsCaseAccentsAndApostrophes() {
    assertThat(Lexer.fold("FÉVRIER")).isEqualTo("fevrier");
    assertThat(Lexer.fold("Décembre")).isEqualTo("decembre");
    assertThat(Lexer.fold("e\u0301te\u0301")).isEqualTo("ete");
    assertThat(Lexer.fold("août")).isEqualTo("aout");
  }
}
