package org.vigie.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private List<String> sentences(String text) {
    return SentenceSplitter.french().split(text).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(sentences("M. Bamba a parlé. Mme Poeschl et J. Adamson aussi. Dr. Diallo non !"))
        .containsExactly(
            "M. Bamba a parlé.", "Mme Poeschl et J. Adamson aussi.", "Dr. Diallo non !");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(sentences("« C’est la paix. » Il a ajouté : « Merci. » a-t-elle dit. Fin"))
        .containsExactly("« C’est la paix. »", "Il a ajouté : « Merci. » a-t-elle dit.", "Fin");
  }

  @Test
  void lineBreaksEndSentences() {
    assertThat(sentences("Objectifs:\n\n- Projections ;\n- Exposés"))
        .containsExactly("Objectifs:", "- Projections ;", "- Exposés");
  }

  @Test
  void numbersAfterAPeriodStartASentence() {
    assertThat(sentences("Il y avait 2,7 milliards. 150 000 personnes suivent."))
        .containsExactly("Il y avait 2,7 milliards.", "150 000 personnes suivent.");
  }
}
