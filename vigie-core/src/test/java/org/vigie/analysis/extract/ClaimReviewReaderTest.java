package org.vigie.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.document.ClaimReview;

/** ClaimReview read from real-format fixtures: a fact-checker's page and data feeds. */
class ClaimReviewReaderTest {
  private static final Path DIR = Path.of("src/test/resources/claims");

  private static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void aFactCheckersPageYieldsItsClaimReviewWithEveryField() throws IOException {
    Extraction e =
        new HtmlExtractor()
            .extract(read("africacheck-menaka.html"), "https://africacheck.org/fr/fact-checks/x");
    assertEquals(1, e.claimReviews().size());
    ClaimReview r = e.claimReviews().get(0);
    assertEquals(
        "L'armée malienne a abandonné la ville de Ménaka aux groupes jihadistes le 10 mars 2026.",
        r.claim());
    assertEquals("Faux", r.rating());
    assertEquals(1.0, r.ratingValue());
    assertEquals(5.0, r.bestRating());
    assertEquals(1.0, r.worstRating());
    assertEquals("Africa Check", r.reviewer());
    assertEquals("https://africacheck.org", r.reviewerUrl());
    assertEquals("Page Facebook « Sahel Infos Express »", r.claimAuthor());
    assertEquals("2026-03-10", r.claimDate());
    assertTrue(r.reviewed().startsWith("2026-03-12"), r.reviewed());
    assertEquals("fr", r.language());
    assertEquals(
        "https://africacheck.org/fr/fact-checks/meta-programme-fact-checks/"
            + "non-larmee-malienne-na-pas-abandonne-menaka",
        r.url());
    assertEquals(
        List.of(
            "https://www.facebook.com/sahelinfosexpress/posts/pfbid02menaka10mars",
            "https://scontent.example-cdn.net/menaka-convoi-2019.jpg"),
        r.appearances());
    assertTrue(e.text().contains("Nous avons joint trois habitants de Ménaka"), e.text());
  }

  @Test
  void anArticleWithoutClaimReviewHasNone() {
    Extraction e =
        new HtmlExtractor()
            .extract(
                "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Bamako\"}</script></head><body><p>Texte.</p></body></html>",
                null);
    assertTrue(e.claimReviews().isEmpty());
  }

  @Test
  void aDataFeedYieldsEveryItemInOrder() throws IOException {
    List<ClaimReview> reviews =
        ClaimReviewReader.readFeed(read("factcheck-feed.json"), "factcheck-feed.json");
    assertEquals(4, reviews.size());
    assertEquals(
        List.of("AFP Factuel", "Les Observateurs de France 24", "Africa Check", "AFP Factuel"),
        reviews.stream().map(ClaimReview::reviewer).toList());
    ClaimReview schools = reviews.get(1);
    assertEquals("Faux communiqué", schools.rating());
    assertEquals("Groupes WhatsApp de parents d'élèves", schools.claimAuthor());
    assertEquals(
        List.of("https://media.example-cdn.net/communique-menena-ecoles.png"),
        schools.appearances());
    ClaimReview video = reviews.get(0);
    assertEquals(2.0, video.ratingValue());
    assertEquals(2, video.appearances().size());
    ClaimReview vaccine = reviews.get(3);
    assertTrue(vaccine.appearances().isEmpty());
    assertNull(vaccine.claimAuthor());
  }

  @Test
  void brokenJsonIsAClearErrorNamingTheFileAndTheLine() throws IOException {
    MalformedClaimReviewException e =
        assertThrows(
            MalformedClaimReviewException.class,
            () ->
                ClaimReviewReader.readFeed(
                    read("factcheck-feed-broken.json"), "factcheck-feed-broken.json"));
    assertTrue(
        e.getMessage().startsWith("factcheck-feed-broken.json: line 12, column 11: not JSON"),
        e.getMessage());
    assertTrue(e.getMessage().contains("expecting comma"), e.getMessage());
  }

  @Test
  void aReviewWithoutItsClaimIsAClearErrorNamingTheItem() throws IOException {
    MalformedClaimReviewException e =
        assertThrows(
            MalformedClaimReviewException.class,
            () -> ClaimReviewReader.readFeed(read("factcheck-feed-no-claim.json"), "feed.json"));
    assertEquals(
        "feed.json: ClaimReview 2 of 2: claimReviewed is missing or empty", e.getMessage());
  }

  @Test
  void jsonWithoutReviewsIsRefused() {
    MalformedClaimReviewException e =
        assertThrows(
            MalformedClaimReviewException.class,
            () -> ClaimReviewReader.readFeed("{\"@type\":\"NewsArticle\"}", "a.json"));
    assertTrue(e.getMessage().startsWith("a.json: no ClaimReview found"), e.getMessage());
  }

  @Test
  void aBadRatingNumberNamesTheField() {
    String feed =
        "[{\"@type\":\"ClaimReview\",\"claimReviewed\":\"x\",\"reviewRating\":"
            + "{\"ratingValue\":\"un\"}}]";
    MalformedClaimReviewException e =
        assertThrows(
            MalformedClaimReviewException.class, () -> ClaimReviewReader.readFeed(feed, "f"));
    assertEquals(
        "f: ClaimReview 1 of 1: reviewRating.ratingValue 'un' is not a number", e.getMessage());
  }

  @Test
  void randomBytesNeverEscapeAsAnotherException() throws IOException {
    String base = read("factcheck-feed.json");
    Random random = new Random(16);
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder(base);
      for (int k = 0; k < 5; k++) {
        int at = random.nextInt(s.length());
        s.setCharAt(at, (char) (32 + random.nextInt(90)));
      }
      try {
        ClaimReviewReader.readFeed(s.toString(), "fuzz");
        ClaimReviewReader.inJsonLd(List.of(s.toString()));
      } catch (MalformedClaimReviewException expected) {
        // a clear error is what is asked for
      }
    }
  }
}
