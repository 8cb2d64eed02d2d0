package org.vigie.analysis.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The rule layer on plain strings: lexicon, targets, negation, reporting, counter-speech. */
class HarmClassifierTest {
  static final HarmClassifier HARM = HarmClassifier.load();

  @Test
  void aCallToViolenceIsAThreatEvenWithAPronoun() {
    HarmSignal s = HARM.classify("Il faudrait les chasser du pays, ces cafards.");
    assertThat(s.hostile()).isTrue();
    assertThat(s.label()).isEqualTo("menace");
    assertThat(s.categories()).contains("threat");
    assertThat(s.evidence())
        .anyMatch(e -> e.kind().equals("threat") && e.text().contains("chasser"));
  }

  @Test
  void aStigmatisingLabelNeedsAGroupAndACopula() {
    HarmSignal s = HARM.classify("Les Peuls sont des terroristes.");
    assertThat(s.hostile()).isTrue();
    assertThat(s.targets()).containsExactly("Peuls");
    assertThat(HARM.classify("Les Peuls sont victimes des terroristes.").hostile()).isFalse();
    assertThat(HARM.classify("Les terroristes ont attaqué le camp.").hostile()).isFalse();
  }

  @Test
  void negationIsNotHostility() {
    assertThat(HARM.classify("Je ne déteste pas les juifs.").label()).isEqualTo("nié");
    assertThat(HARM.classify("Il ne faut pas chasser les Touaregs.").hostile()).isFalse();
    assertThat(HARM.classify("Les Peuls ne sont pas des terroristes.").hostile()).isFalse();
  }

  @Test
  void reportingAndQuotingMarkHostileWordsReported() {
    HarmSignal s = HARM.classify("« Les Dogons sont des cafards », a-t-il dit.");
    assertThat(s.hostile()).isFalse();
    assertThat(s.reported()).isTrue();
    assertThat(s.categories()).contains("dehumanisation");
    assertThat(
            HARM.classify("Le ministre a déclaré que les migrants sont des envahisseurs.")
                .reported())
        .isTrue();
  }

  @Test
  void counterSpeechDenounces() {
    HarmSignal s = HARM.classify("Dire que les migrants sont des rats est inacceptable.");
    assertThat(s.hostile()).isFalse();
    assertThat(s.label()).isEqualTo("dénoncé");
    assertThat(s.reported()).isTrue();
  }

  @Test
  void theCallersQuotationSpansAreReported() {
    String text = "Il répète: les Bambaras sont des rats. Voilà.";
    assertThat(HARM.classify(text).hostile()).isTrue();
    int start = text.indexOf("les");
    HarmSignal s = HARM.classify(text, List.of(new Span(start, text.indexOf(" Voilà"), "X")));
    assertThat(s.hostile()).isFalse();
    assertThat(s.reported()).isTrue();
  }

  @Test
  void profanityWithoutATargetAndAbuseOfObjectsAreNotHostile() {
    assertThat(HARM.classify("Putain, il fait chaud à Bamako.").label()).isEqualTo("grossièreté");
    assertThat(HARM.classify("Cette imprimante de merde ne marche jamais.").hostile()).isFalse();
    assertThat(HARM.classify("Ces connards de migrants").hostile()).isTrue();
  }

  @Test
  void slursAreHostileOnTheirOwnAndSpellingGamesDoNotHideThem() {
    assertThat(HARM.classify("Sale négro").targets()).containsExactly("noirs");
    assertThat(HARM.classify("Les Peuls sont des c4f4rds").hostile()).isTrue();
    assertThat(HARM.classify("Il faut e.x.t.e.r.m.i.n.e.r les Dogons").hostile()).isTrue();
  }

  @Test
  void neutralAndPositiveMentionsAreNotHostile() {
    assertThat(HARM.classify("Une délégation de Touaregs a rencontré le maire.").hostile())
        .isFalse();
    assertThat(HARM.classify("J'adore la culture des Wolofs.").hostile()).isFalse();
  }

  @Test
  void scoresStayWithinZeroAndOne() {
    for (String t : List.of("", "   ", "Mort aux Roms !", "bonjour")) {
      assertThat(HARM.classify(t).score()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void aBadLexiconLineIsNamed() {
    String tsv = "# c\nrats\tdehumanisation\t\t9\tfra\t*\tx\n";
    Assertions.assertThatThrownBy(
            () ->
                HarmLexicon.read(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "x.tsv"))
        .hasMessageContaining("x.tsv, line 2")
        .hasMessageContaining("severity");
  }

  @Test
  void theShippedLexiconCitesASourceForEveryEntry() {
    assertThat(HarmLexicon.hostility().entries())
        .hasSizeGreaterThan(40)
        .allMatch(e -> !e.source().isBlank());
    assertThat(HarmLexicon.hostility().entries()).anyMatch(e -> e.language().equals("bam"));
  }
}
