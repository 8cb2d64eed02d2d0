package org.vigie.analysis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hand-written pages in {@code src/test/resources/extract/html}, plus garbage input. */
class HtmlExtractorTest {
  private static final Path PAGES = Path.of("src/test/resources/extract/html");
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void newsArticleTakesMetadataFromJsonLdAndBodyWithoutWidgets() throws IOException {
    Extraction e = extract("news-article.html", "https://www.quotidien-sahel.example/x");
    assertThat(e.title())
        .isEqualTo("Sénégal : la CENA déploie ses observateurs dans les 46 départements");
    assertThat(e.author()).isEqualTo("Awa Ndiaye, Moussa Sarr");
    assertThat(e.published()).isEqualTo("2024-03-20T08:45:00Z");
    assertThat(e.site()).isEqualTo("Le Quotidien du Sahel");
    assertThat(e.url())
        .isEqualTo("https://www.quotidien-sahel.example/politique/2024/03/cena-observateurs");
    assertThat(e.description()).startsWith("À quatre jours du scrutin");
    assertThat(e.keywords()).contains("élections", "CENA", "Présidentielle 2024");
    assertThat(paragraphs(e.text()))
        .startsWith(
            "À quatre jours du scrutin présidentiel, la Commission électorale nationale"
                + " autonome (CENA) a achevé mardi le déploiement de ses 1 200 observateurs dans les 46"
                + " départements du pays, a annoncé son président lors d’une conférence de presse à"
                + " Dakar.")
        .contains("Une logistique sous tension", "1 200 observateurs formés ;")
        .endsWith(
            "Le Conseil constitutionnel doit proclamer les résultats provisoires au plus"
                + " tard le 29 mars, selon le calendrier électoral publié la semaine dernière.");
    assertThat(e.text())
        .doesNotContain(
            "Politique",
            "Rechercher",
            "Facebook",
            "Publicité",
            "Photo :",
            "Lire aussi",
            "Les plus lus",
            "Recevez chaque matin",
            "Très bon article",
            "commentaires",
            "injected",
            "Tous droits réservés");
  }

  @Test
  void pageWithoutMetadataFallsBackToTitleAndLayoutTable() throws IOException {
    Extraction e = extract("no-metadata.html", null);
    assertThat(e.title())
        .isEqualTo("Bamako : les enseignants maintiennent leur mot d'ordre de grève");
    assertThat(e.author()).isNull();
    assertThat(e.published()).isNull();
    assertThat(paragraphs(e.text()))
        .hasSize(4)
        .allMatch(p -> p.endsWith("."))
        .first()
        .asString()
        .startsWith("Les syndicats de l'éducation signataires du 15 octobre");
    assertThat(e.text()).doesNotContain("Accueil", "Mentions légales", "Journal du Mali");
  }

  @Test
  void windows1252PageIsDecodedFromItsMetaCharset() throws IOException {
    byte[] bytes = Files.readAllBytes(PAGES.resolve("windows-1252.html"));
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null, true);
    assertThat(decoded.source()).isEqualTo(TextDecoder.Source.META);
    Extraction e = extractor.extract(decoded.text(), "https://lesahel.example/culture/safem");
    assertThat(e.title()).isEqualTo("Niamey : l’œuvre des artisans du Salon de l’artisanat");
    assertThat(e.author()).isEqualTo("Issoufou Maïga");
    assertThat(e.published()).isEqualTo("2018-11-07");
    assertThat(paragraphs(e.text())).hasSize(3);
    assertThat(e.text()).contains("« C’est notre vitrine").doesNotContain("Accueil", "©");
  }

  @Test
  void garbageNeverThrowsAndStaysFast() {
    Random random = new Random(20240320);
    List<String> inputs =
        Stream.concat(
                Stream.of("", " ", "<", "<<<>>>", "<html", "</p></div></body>", "\u0000\uFFFF"),
                Stream.generate(() -> randomMarkup(random)).limit(300))
            .toList();
    assertThat(Duration.ofSeconds(20))
        .satisfies(
            limit ->
                Assertions.assertTimeoutPreemptively(
                    limit,
                    () -> {
                      for (String input : inputs) {
                        assertThat(extractor.extract(input, "not a url").text()).isNotNull();
                      }
                    }));
  }

  @Test
  void deeplyNestedAndHugeFlatPagesAreHandled() {
    String nested =
        "<div>".repeat(100_000) + "Un paragraphe tout au fond, enfin. " + "</div>".repeat(100_000);
    String unclosed = "<p><b><i><span>".repeat(20_000) + "texte";
    String flat =
        "<p>Une phrase assez longue pour passer pour de la prose, avec une virgule.</p>\n"
            .repeat(20_000);
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          assertThatCode(() -> extractor.extract(nested, null)).doesNotThrowAnyException();
          assertThatCode(() -> extractor.extract(unclosed, null)).doesNotThrowAnyException();
          assertThat(extractor.extract(flat, null).text()).hasSizeGreaterThan(1_000_000);
        });
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html =
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
            + "<title>Un titre de page</title><p>"
            + "Une phrase assez longue pour être prise pour le corps de l'article, avec sa virgule."
            + "</p>";
    Extraction e = extractor.extract(html, null);
    assertThat(e.title()).isEqualTo("Un titre de page");
    assertThat(e.text()).startsWith("Une phrase assez longue");
  }

  private static String randomMarkup(Random random) {
    String[] pieces = {
      "<div class='content'>",
      "</div>",
      "<p>",
      "</p>",
      "<a href='x'>",
      "</a>",
      "<br>",
      "<script>",
      "</script>",
      "<!--",
      "-->",
      "<![CDATA[",
      "&amp;",
      "&#x0;",
      "<table><tr><td>",
      "</td>",
      "<script type='application/ld+json'>{\"@graph\":[[[{}]]]",
      "<meta property='og:title' content='",
      "mot ",
      "phrase longue avec des mots, ",
      ". ",
      "\u0000",
      "\uD800",
      "<<",
      ">>",
      "\"",
      "'",
      "<time datetime='2024-13-45'>",
      "<ul><li>",
      "<h1>",
      "<nav>",
      "<form>"
    };
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(400);
    for (int i = 0; i < n; i++) {
      sb.append(
          random.nextInt(5) == 0
              ? (char) random.nextInt(0x3000)
              : pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private Extraction extract(String page, String url) throws IOException {
    return extractor.extract(Files.readString(PAGES.resolve(page)), url);
  }

  private static List<String> paragraphs(String text) {
    return Stream.of(text.split("\\n\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  @Test
  void aBlogPostOutweighedBySidebarsFallsBackAndSaysWhichRuleFoundIt() {
    String prose =
        "<p>Le marché de Bamako se reconstruit avec des matériaux moins inflammables depuis mars.</p>"
            + "<p>Les vendeuses de tissus disent n'avoir reçu aucune aide de la mairie à ce jour.</p>";
    StringBuilder menu = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      menu.append("<li><a href=\"/r/")
          .append(i)
          .append("\">Rubrique ")
          .append(i)
          .append("</a></li>");
    }
    String page =
        "<html><body><ul>"
            + menu
            + "</ul><section class=\"about-promo\">"
            + prose
            + "</section>"
            + "<ul>"
            + menu
            + "</ul><p>© 2026 Tous droits réservés. Reproduction interdite.</p></body></html>";
    Extraction found = new HtmlExtractor().extract(page, null);
    assertThat(found.text()).contains("Le marché de Bamako", "aucune aide").doesNotContain("©");
    assertThat(found.rule()).isIn("main-element", "paragraphs");
    Extraction plain =
        new HtmlExtractor()
            .extract("<html><body><article>" + prose + prose + "</article></body></html>", null);
    assertThat(plain.rule()).isEqualTo("scoring");
  }
}
