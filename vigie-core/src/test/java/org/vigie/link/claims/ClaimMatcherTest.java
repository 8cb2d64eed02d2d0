package org.vigie.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.document.ClaimReview;

/** Claim matching on plain strings: addresses, restated words, figures, long texts. */
class ClaimMatcherTest {
  private ClaimIndex index;
  private ClaimMatcher matcher;

  private static KnownClaim claim(long id, String text, String... appearances) {
    return new KnownClaim(
        id,
        new ClaimReview(
            null,
            text,
            "Faux",
            null,
            null,
            null,
            "AFP Factuel",
            null,
            null,
            null,
            null,
            "fr",
            List.of(appearances)));
  }

  @BeforeEach
  void index() {
    index = new ClaimIndex(ClaimVocabulary.standard());
    index.addAll(
        List.of(
            claim(
                1,
                "Plus de 500 civils ont été tués à Djibo en une semaine par l'armée burkinabè.",
                "https://t.me/sahelalerte/8841"),
            claim(2, "Le vaccin contre le paludisme distribué au Mali rend les enfants stériles."),
            claim(
                3, "La CEDEAO a exclu le Sénégal après le report de l'élection présidentielle.")));
    matcher = new ClaimMatcher(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void theVocabularyReadsOtherWordsAsTheSameConcepts() {
    ClaimVocabulary v = ClaimVocabulary.standard();
    assertThat(v.terms("Les FAMa ont fui Ouaga")).containsExactly("armee", "quitter", "burkina");
    assertThat(v.terms("les soldats burkinabè se sont retirés"))
        .containsExactly("armee", "burkina", "quitter");
    assertThat(v.terms("50 000 FCFA le sac")).containsExactly("#50000", "monnaie", "sac");
    assertThat(v.named("Le vaccin distribué à Ménaka")).containsExactly("menak");
  }

  @Test
  void anAddressOfTheClaimMatchesWhateverTheTrackingParameters() {
    List<ClaimMatch> m =
        matcher.match("Regardez !", List.of("https://www.t.me/sahelalerte/8841/?utm_source=x"));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).method()).isEqualTo(ClaimMatch.URL);
    assertThat(m.get(0).claim().id()).isEqualTo(1);
    List<ClaimMatch> linked =
        matcher.match("Regardez !", java.util.Arrays.asList(null, "http://t.me/sahelalerte/8841"));
    assertThat(linked.get(0).method()).isEqualTo(ClaimMatch.MEDIA);
  }

  @Test
  void aRestatementIsMatchedAndTheSameTopicWithAnotherEventIsNot() {
    List<ClaimMatch> m =
        matcher.match(
            "Le Sénégal expulsé de la CEDEAO à cause du report de la présidentielle !", List.of());
    assertThat(m).extracting(x -> x.claim().id()).containsExactly(3L);
    assertThat(m.get(0).method()).isEqualTo(ClaimMatch.RESTATED);
    assertThat(matcher.match("La CEDEAO salue le bon déroulement du vote au Sénégal", List.of()))
        .isEmpty();
  }

  @Test
  void theClaimRepeatedWordForWordIsANearDuplicate() {
    List<ClaimMatch> m =
        matcher.match(
            "Le vaccin contre le paludisme distribué au Mali rend les enfants stériles !!",
            List.of());
    assertThat(m.get(0).method()).isEqualTo(ClaimMatch.NEAR_DUPLICATE);
    assertThat(m.get(0).score()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void figuresThatDisagreeLowerTheScore() {
    double same = matcher.score(index.get(1).claim(), "500 civils tués à Djibo par l'armée");
    double other = matcher.score(index.get(1).claim(), "12 civils tués à Djibo par l'armée");
    assertThat(other).isLessThan(same * 0.6);
  }

  @Test
  void aLongArticleIsMatchedOnTheSentencesThatRestateTheClaim() {
    String filler =
        "La saison des pluies a commencé tôt cette année dans la région de Mopti, où les"
            + " paysans ont semé le mil et le sorgho dès la mi-juin. ";
    String restating =
        "Sur les réseaux, une rumeur affirme que la vaccination contre le paludisme rendrait"
            + " les enfants maliens stériles.";
    String text = filler.repeat(6) + restating + " " + filler.repeat(3);
    List<ClaimMatch> m = matcher.match(text, List.of());
    assertThat(m).extracting(x -> x.claim().id()).containsExactly(2L);
    assertThat(text.substring(m.get(0).start(), m.get(0).end())).contains("paludisme");
    assertThat(m.get(0).end() - m.get(0).start()).isLessThan(text.length() / 2);
  }

  @Test
  void nothingIsMatchedWithoutClaimsOrWithoutText() {
    try (ClaimIndex empty = new ClaimIndex(ClaimVocabulary.standard())) {
      assertThat(new ClaimMatcher(empty).match("Le vaccin rend stérile", List.of())).isEmpty();
    }
    assertThat(matcher.match("", List.of())).isEmpty();
    assertThat(matcher.match(null, List.of())).isEmpty();
  }

  @Test
  void aClaimImportedAgainReplacesItsTerms() {
    index.addAll(List.of(claim(2, "Le riz coûte 50 000 francs CFA le sac à Bamako.")));
    assertThat(index.size()).isEqualTo(3);
    assertThat(matcher.match("le vaccin anti-palu rend les enfants stériles", List.of())).isEmpty();
  }
}
