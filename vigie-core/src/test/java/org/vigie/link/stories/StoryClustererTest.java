package org.vigie.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private static final LocalDate DAY = LocalDate.of(2019, 11, 4);

  private final StoryClusterer clusterer = StoryClusterer.standard();

  private StoryAssignment add(String id, int day, String title, String text, String... entities) {
    return clusterer.assign(StoryTerms.of(id, DAY.plusDays(day), title, text, List.of(entities)));
  }

  @Test
  void articlesAboutOneEventOnConsecutiveDaysMakeOneStory() {
    StoryAssignment first =
        add(
            "a",
            0,
            "Attaque contre le camp militaire d’Indelimane",
            "Une attaque terroriste a visé vendredi le camp militaire d’Indelimane, dans la région"
                + " de Ménaka. Le bilan provisoire fait état de 49 soldats tués.",
            "Indelimane",
            "Ménaka",
            "FAMa");
    StoryAssignment second =
        add(
            "b",
            1,
            "Indelimane : le bilan de l’attaque s’alourdit",
            "Au lendemain de l’attaque du camp d’Indelimane, le gouvernement annonce un nouveau"
                + " bilan : 53 soldats tués. Les FAMa ont repris le contrôle du camp.",
            "Indelimane",
            "FAMa");
    StoryAssignment third =
        add(
            "c",
            2,
            "Deuil national après l’attaque d’Indelimane",
            "Le président a décrété trois jours de deuil national en hommage aux soldats tués dans"
                + " l’attaque du camp militaire d’Indelimane, région de Ménaka.",
            "Indelimane",
            "Ménaka");

    assertThat(first.opened()).isTrue();
    assertThat(second.storyId()).isEqualTo("a");
    assertThat(third.storyId()).isEqualTo("a");
    assertThat(third.size()).isEqualTo(3);
    assertThat(third.first()).isEqualTo(DAY);
    assertThat(third.last()).isEqualTo(DAY.plusDays(2));
    assertThat(third.label()).contains("Indelimane");
  }

  @Test
  void sameTopicWeeksApartMakesTwoStories() {
    String text =
        "Une attaque terroriste a visé le camp militaire de %s, dans la région de Ménaka. Le"
            + " bilan fait état de plusieurs soldats tués.";
    StoryAssignment first =
        add("a", 0, "Attaque contre un camp militaire", text.formatted("Indelimane"), "Ménaka");
    StoryAssignment later =
        add("b", 30, "Attaque contre un camp militaire", text.formatted("Tabankort"), "Ménaka");

    assertThat(later.opened()).isTrue();
    assertThat(later.storyId()).isNotEqualTo(first.storyId());
  }

  @Test
  void unrelatedArticlesOnTheSameDayStayApart() {
    add(
        "a",
        0,
        "Attaque contre le camp militaire d’Indelimane",
        "Une attaque terroriste a visé le camp militaire d’Indelimane. 49 soldats tués.",
        "Indelimane");
    StoryAssignment budget =
        add(
            "b",
            0,
            "Dakar : l’Assemblée nationale adopte le budget 2020",
            "Les députés ont adopté la loi de finances, qui prévoit une hausse des dépenses"
                + " d’éducation et de santé.",
            "Assemblée nationale",
            "Dakar");
    StoryAssignment rain =
        add(
            "c",
            0,
            "Fortes pluies à Abidjan",
            "Des pluies diluviennes ont inondé plusieurs quartiers d’Abidjan ce week-end.",
            "Abidjan");

    assertThat(List.of(budget.opened(), rain.opened())).containsOnly(true);
    assertThat(clusterer.activeStories()).isEqualTo(3);
  }

  @Test
  void anArticleArrivingLateStillJoinsItsStory() {
    add(
        "a",
        3,
        "Gao : des roquettes tirées sur le camp de la MINUSMA",
        "Des roquettes ont été tirées lundi soir sur le camp de la MINUSMA à Gao.",
        "Gao",
        "MINUSMA");
    StoryAssignment earlier =
        add(
            "b",
            2,
            "Tirs de roquettes contre la MINUSMA à Gao",
            "Le camp de la MINUSMA à Gao a essuyé des tirs de roquettes, sans faire de victimes.",
            "Gao",
            "MINUSMA");
    assertThat(earlier.storyId()).isEqualTo("a");
    assertThat(earlier.first()).isEqualTo(DAY.plusDays(2));
  }

  @Test
  void storiesLeaveTheWindowAfterTheRetentionPeriod() {
    add("a", 0, "Sommet de la CEDEAO à Abuja", "Les chefs d’État de la CEDEAO réunis à Abuja.");
    add("b", 30, "Fortes pluies à Abidjan", "Des pluies diluviennes ont inondé Abidjan.");
    assertThat(clusterer.activeStories()).isEqualTo(1);
  }

  @Test
  void settingsNameTheBadValue() {
    assertThatThrownBy(() -> new StoryClusterer.Settings(5, 10, 0, 40, 12, 50))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> new StoryClusterer.Settings(8, 3, 0.3, 40, 12, 50))
        .hasMessageContaining("windowDays");
  }
}
