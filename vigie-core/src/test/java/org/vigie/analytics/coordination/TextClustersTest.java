package org.vigie.analytics.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextClustersTest {
  @Test
  void smallEditsOfOnePostShareACluster() {
    TextClusters texts = new TextClusters(0.6);
    String first =
        texts.add(
            "p1",
            "URGENT : les observateurs étrangers ont quitté Tombouctou cette nuit, partagez avant"
                + " que la vidéo soit supprimée !");
    assertThat(first).isEqualTo("p1");
    assertThat(
            texts.add(
                "p2",
                "urgent: les observateurs etrangers ont fui Tombouctou cette nuit, partagez avant que"
                    + " la video soit supprimee!! https://t.co/abc @relais"))
        .isEqualTo("p1");
  }

  @Test
  void twoPostsOnOneSubjectAreNotOneText() {
    TextClusters texts = new TextClusters(0.6);
    texts.add("p1", "La CENI annonce le report du premier tour du scrutin présidentiel au Mali.");
    assertThat(
            texts.add(
                "p2",
                "Les partis de l'opposition dénoncent une décision unilatérale de la CENI sur le"
                    + " calendrier électoral."))
        .isEqualTo("p2");
  }

  @Test
  void shortPostsAreNoEvidence() {
    TextClusters texts = new TextClusters(0.6);
    assertThat(texts.add("p1", "Merci à tous 🙏")).isNull();
    assertThat(texts.add("p2", "Merci à tous 🙏")).isNull();
  }

  @Test
  void foldingDropsCaseAccentsLinksAndMentions() {
    assertThat(TextClusters.fold("Élections : https://x.co/a @Moi Ségou!"))
        .isEqualTo("elections segou");
  }
}
