package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

class XArchiveTest {
  private static final Account OWNER =
      new Account("x", "1122334455", "AbdoulayeSow_ML", "Abdoulaye Sow", null);

  @Test
  void anArchiveFolderIsReadWithItsAccount() {
    Exports.Recording r =
        Exports.collect(PlatformFormat.X, new XArchive(null), Exports.path("x", "archive"));

    assertThat(r.errors).isEmpty();
    assertThat(r.postIds())
        .containsExactly(
            "1768000000000000101",
            "1768000000000000202",
            "1768000000000000303",
            "1768000000000000404");
    assertThat(r.documents).allMatch(d -> OWNER.equals(d.post().account()));
    PostMetadata first = r.documents.get(0).post();
    assertThat(first.published()).isEqualTo("2024-03-14T08:15:00Z");
    assertThat(first.engagement()).isEqualTo(new Engagement(null, 17L, 42L, null));
    assertThat(r.documents.get(0).url())
        .isEqualTo("https://x.com/AbdoulayeSow_ML/status/1768000000000000101");
    assertThat(r.text(0))
        .isEqualTo(
            "#Sikasso : les producteurs attendent toujours le paiement de la campagne, selon"
                + " @CMDT_Mali #coton https://www.lessor.ml/sikasso-campagne-cotonniere");
    assertThat(first.relations())
        .containsExactly(
            Relation.mention(
                "CMDT_Mali", new Account("x", "556677", "CMDT_Mali", "CMDT officiel", null)),
            Relation.link("https://www.lessor.ml/sikasso-campagne-cotonniere"),
            Relation.hashtag("sikasso"),
            Relation.hashtag("coton"));
  }

  @Test
  void retweetsRepliesAndQuotesAreRelations() {
    Exports.Recording r =
        Exports.collect(PlatformFormat.X, new XArchive(null), Exports.path("x", "archive"));

    assertThat(r.documents.get(1).post().relations())
        .containsExactly(
            new Relation(
                Kind.RETWEET,
                null,
                new Account("x", "998877", "StudioTamani", "Studio Tamani", null)));
    assertThat(r.text(1)).contains("avant l'hivernage & la reprise");
    assertThat(r.documents.get(1).post().engagement())
        .isEqualTo(new Engagement(null, 230L, 0L, null));

    assertThat(r.documents.get(2).post().relations())
        .containsExactly(
            new Relation(
                Kind.REPLY,
                "1767999999999999999",
                new Account("x", "445566", "SeneNews", null, null)),
            Relation.mention("SeneNews", new Account("x", "445566", "SeneNews", "SeneNews", null)));

    assertThat(r.text(3))
        .isEqualTo("Le retrait s'achève à Tombouctou : une page se tourne pour la ville.");
    assertThat(r.documents.get(3).post().relations())
        .containsExactly(
            new Relation(
                Kind.QUOTE,
                "1767888888888888888",
                new Account("x", null, "MinusmaMali", null, null)),
            new Relation(Kind.MEDIA, "https://pbs.twimg.com/media/GIxYzAbCdEf.jpg", null));
  }

  @Test
  void withoutAccountJsTheGivenAccountIsTheAuthorAndBadTweetsAreReported() {
    Account given = new Account("x", null, "NigerVeille", null, 1200L);
    Exports.Recording r =
        Exports.collect(
            PlatformFormat.X, new XArchive(given), Exports.path("x", "malformed", "tweets.js"));
    String file = Exports.path("x", "malformed", "tweets.js").toString();

    assertThat(r.postIds()).containsExactly("1760000000000000001", "1760000000000000005");
    assertThat(r.documents.get(1).post().account()).isEqualTo(given);
    assertThat(r.errorKeys())
        .containsExactly(
            file + "@403 NO_TEXT", file + "@665 MALFORMED_RECORD", file + "@932 MALFORMED_RECORD");
    assertThat(r.errors.get(0).message())
        .isEqualTo("tweet #1 (line 12): tweet 1760000000000000002 has no 'full_text'");
    assertThat(r.errors.get(1).message())
        .isEqualTo("tweet #2 (line 21): created_at is not a date: 'lundi 5 février'");
    assertThat(r.errors.get(2).message()).startsWith("tweet #3 (line 29) is not valid JSON");
  }

  @Test
  void aTweetWhoseTextOrCountIsOfTheWrongTypeIsListedAsMalformed(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path work) throws java.io.IOException {
    java.nio.file.Path file = work.resolve("tweets.js");
    java.nio.file.Files.writeString(
        file,
        """
        window.YTD.tweets.part0 = [
          { "tweet" : { "id_str" : "1", "full_text" : 42 } },
          { "tweet" : { "id_str" : "2", "full_text" : "Zinder : la foire reprend.",
                        "favorite_count" : { "n" : 5 } } },
          { "tweet" : { "id_str" : { "v" : 3 }, "full_text" : "Maradi : pluies attendues." } },
          { "tweet" : { "id_str" : "4", "full_text" : "Tahoua : les classes rouvrent." } }
        ]
        """);
    Account given = new Account("x", null, "NigerVeille", null, null);
    Exports.Recording r = Exports.collect(PlatformFormat.X, new XArchive(given), file);

    assertThat(r.postIds()).containsExactly("4");
    assertThat(r.errors)
        .allMatch(e -> e.cause() == org.vigie.document.ErrorCause.MALFORMED_RECORD)
        .extracting(org.vigie.document.IngestError::message)
        .containsExactly(
            "tweet #0 (line 2): 'full_text' is a number, expected a string",
            "tweet #1 (line 3): 'favorite_count' is an object, expected a number",
            "tweet #2 (line 5): 'id_str' is an object, expected a string or a number");
  }
}
