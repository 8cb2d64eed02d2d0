package org.vigie.analysis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.Fixtures;

/**
 * The five seed pages (plain text copied out of web pages) against their expected clean text in
 * {@code src/test/resources/extract/seeds/NNN.expected.txt}, paragraph by paragraph.
 */
class TextCleanerTest {
  private static final Path SEEDS = Fixtures.seeds();
  private static final Path EXPECTED = Path.of("src/test/resources/extract/seeds");
  private final TextCleaner cleaner = new TextCleaner();

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void keepsEveryArticleParagraphAndNothingElse(String seed) throws IOException {
    Extraction e = cleaner.clean(seed(seed));
    List<String> expected = paragraphs(Files.readString(EXPECTED.resolve(seed + ".expected.txt")));
    assertThat(paragraphs(e.text())).containsExactlyElementsOf(expected);
  }

  @Test
  void keepsAShortClosingSentenceButDropsShortLeftovers() {
    String text =
        "La radio communautaire de Gao a repris ses émissions après trois mois de silence, a"
            + " annoncé son directeur.\n\nAffaire à suivre.\n\nPartager\n\nPlus...";
    assertThat(paragraphs(cleaner.clean(text).text()))
        .containsExactly(
            "La radio communautaire de Gao a repris ses émissions après trois mois de silence, a"
                + " annoncé son directeur.",
            "Affaire à suivre.");
  }

  @Test
  void aParagraphWithFrenchQuotesIsNotABreadcrumb() {
    String text =
        "Au Bénin, la start-up « Alivo » a eu la même initiative avec leur feu tricolore Alivo 2.0."
            + " Réécoutez Afrique Avenir. Nos invités : Franck Kangni, membre de la start-up"
            + " béninoise « Alivo » et Lamine Traoré, journaliste au Burkina Faso";
    assertThat(cleaner.clean(text).text()).isEqualTo(text);
  }

  @Test
  void seed000HasNoTitleAndKeepsItsSourceLine() throws IOException {
    Extraction e = cleaner.clean(seed("000"));
    assertThat(e.title()).isNull();
    assertThat(e.author()).isNull();
    assertThat(paragraphs(e.text())).endsWith("Source: Minusma");
  }

  @Test
  void seed001FindsTitleAndSignatureAndDropsCountersAndCaption() throws IOException {
    Extraction e = cleaner.clean(seed("001"));
    assertThat(e.title())
        .isEqualTo("Élections législatives : Une session pour mieux utiliser les réseaux sociaux");
    assertThat(e.author()).isEqualTo("Aboubacar TRAORÉ");
    assertThat(paragraphs(e.text()))
        .doesNotContain("0", "623", "Photo d’Archives", "Laisser une réponse", "Aboubacar TRAORÉ")
        .noneMatch(p -> p.startsWith("Élections législatives"));
  }

  @Test
  void seed002FindsTitleDateAndSiteAndDropsMenusAndSidebars() throws IOException {
    Extraction e = cleaner.clean(seed("002"));
    assertThat(e.title())
        .isEqualTo("Journée des médias sociaux de l’ONU : La « diplomatie numérique » à l’honneur");
    assertThat(e.published()).isEqualTo("2015-01-30");
    assertThat(e.site()).isEqualTo("OSIRIS");
    assertThat(e.keywords()).containsExactly("Médias/Réseaux sociaux");
    assertThat(e.text())
        .doesNotContain(
            "Show navigation",
            "Objectifs",
            "Accueil >",
            "vendredi 30 janvier 2015",
            "Fil d'actu",
            "Liens intéressants",
            "Navigation par mots clés",
            "2063/2251",
            "2025 OSIRIS",
            "Plan du site",
            "Suivez-vous")
        .startsWith("Des ambassadeurs qui « hashtaguent » sur Twitter.")
        .endsWith("(Source : ONU, 30 janvier 2015)");
  }

  @Test
  void seed003DropsCommentFormAndBlogSidebar() throws IOException {
    Extraction e = cleaner.clean(seed("003"));
    assertThat(e.title()).isNull();
    assertThat(e.text())
        .doesNotContain(
            "Envoyez-moi",
            "Vous devez être membre",
            "Join Atelier",
            "Articles mis en avant",
            "Récemment sur",
            "posted a blog post",
            "Plus...")
        .endsWith("Article publié sur mon blog Chronique Medias Tech");
  }

  @Test
  void seed004KeepsHeadingsAndShortListItems() throws IOException {
    Extraction e = cleaner.clean(seed("004"));
    assertThat(e.title())
        .isEqualTo(
            "ATELIER D’ECHANGES SUR LES LEÇONS APPRISES DU PROJET DE PARTICIPATION AU PROCESSUS DE"
                + " PAIX");
    assertThat(paragraphs(e.text()))
        .contains(
            "Contexte et Justification :",
            "Objectifs:",
            "Résultats attendus :",
            "- Projections ;",
            "- Synthèses",
            "Date et Lieu de l’atelier",
            "• Formuler des recommandations en termes de perspectives.")
        .anyMatch(p -> p.startsWith("Résultat 1 : la diminution des conflits violents"))
        .anyMatch(p -> p.startsWith("• Echanger sur la pertinence"))
        .doesNotContain("top of page", "bottom of page", "217 vues0 commentaire");
  }

  @Test
  void readsDatelinesWithOrWithoutWeekday() {
    assertThat(cleaner.clean("Un titre assez long ici\n1er mars 2020\n" + prose()).published())
        .isEqualTo("2020-03-01");
    assertThat(
            cleaner.clean("Un titre assez long ici\nPublié le 30/01/2015\n" + prose()).published())
        .isEqualTo("2015-01-30");
  }

  @Test
  void readsBylineUnderTheTitle() {
    Extraction e = cleaner.clean("Un titre assez long ici\nPar Awa Diop\n" + prose());
    assertThat(e.author()).isEqualTo("Awa Diop");
    assertThat(e.title()).isEqualTo("Un titre assez long ici");
    assertThat(e.text()).isEqualTo(prose());
  }

  @Test
  void emptyAndBoilerplateOnlyInputsGiveNoText() {
    assertThat(cleaner.clean("").text()).isEmpty();
    assertThat(cleaner.clean("top of page\nMenu\n  • Accueil\n  • Contact\n  • Blog\n").text())
        .isEmpty();
  }

  private static String prose() {
    return "Les participants ont longuement discuté des enjeux de la campagne électorale à Dakar.";
  }

  private static String seed(String number) throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(number + "_"))
              .findFirst()
              .orElseThrow();
      return Files.readString(file);
    }
  }

  private static List<String> paragraphs(String text) {
    return Stream.of(text.split("\\n\\s*\\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
