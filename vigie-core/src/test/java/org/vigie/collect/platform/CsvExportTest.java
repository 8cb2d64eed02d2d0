package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

class CsvExportTest {

  private static Exports.Recording read(ExportReader reader, String name) {
    return Exports.collect(PlatformFormat.CROWDTANGLE, reader, Exports.path("csv", name));
  }

  @Test
  void crowdTangleRowsBecomeFacebookPostsWithAccountsAndMetrics() {
    Exports.Recording r =
        read(new CsvExport(FieldMapping.crowdTangle(), null), "crowdtangle-facebook.csv");
    String file = Exports.path("csv", "crowdtangle-facebook.csv").toString();

    assertThat(r.errors).isEmpty();
    assertThat(r.documents)
        .extracting(RawDocument::origin)
        .containsExactly(file + ":2", file + ":5", file + ":6");
    PostMetadata first = r.documents.get(0).post();
    assertThat(first.platform()).isEqualTo("facebook");
    assertThat(first.postId())
        .isEqualTo("https://www.facebook.com/100064321987654/posts/987650001");
    assertThat(first.account())
        .isEqualTo(
            new Account("facebook", "100064321987654", "StudioTamani", "Studio Tamani", 604210L));
    assertThat(first.published()).isEqualTo("2024-03-14T08:15:00Z");
    // reactions: likes, love, wow, haha, sad, angry and care added up
    assertThat(first.engagement()).isEqualTo(new Engagement(0L, 88L, 984L, 212L));
    assertThat(first.relations())
        .containsExactly(
            Relation.hashtag("gao"),
            Relation.hashtag("mali"),
            Relation.link("https://www.studiotamani.org/gao-transporteurs"));
    assertThat(r.text(0)).contains("lundi.\n\nLes détails");
    assertThat(r.documents.get(0).url()).isEqualTo(first.postId());

    PostMetadata video = r.documents.get(1).post();
    assertThat(video.engagement()).isEqualTo(new Engagement(48120L, 150L, 2859L, 401L));
    assertThat(video.relations()).containsExactly(new Relation(Kind.MEDIA, "native video", null));
    assertThat(r.text(1)).startsWith("Kalanso : \"An ka kalanso sigi\", ko karamɔgɔw");

    PostMetadata photo = r.documents.get(2).post();
    assertThat(photo.account().followers()).isEqualTo(2103400L);
    assertThat(photo.engagement()).isEqualTo(new Engagement(null, 97L, 4489L, 388L));
    assertThat(photo.relations())
        .containsExactly(
            Relation.mention("Dakaractu", new Account("facebook", null, "Dakaractu", null, null)),
            new Relation(Kind.MEDIA, "photo", null));
  }

  @Test
  void badRowsAreReportedWithTheirLineAndTheRowsAfterABrokenQuoteAreRead() {
    Exports.Recording r =
        read(
            new CsvExport(FieldMapping.crowdTangle(), "facebook"),
            "meta-content-library-malformed.csv");
    String file = Exports.path("csv", "meta-content-library-malformed.csv").toString();

    assertThat(r.postIds()).containsExactly("20001", "20007");
    assertThat(r.errorKeys())
        .containsExactly(
            file + ":3 MALFORMED_RECORD",
            file + ":4 MALFORMED_RECORD",
            file + ":5 MALFORMED_RECORD",
            file + ":6 MALFORMED_RECORD",
            file + ":7 NO_TEXT");
    assertThat(r.errors)
        .extracting(e -> e.message())
        .containsExactly(
            "a quoted field opens on this line and never closes",
            "the row has 4 columns, the header 11",
            "published is not a date: 'le 1er février'",
            "statistics.reaction_count is not a number: 'beaucoup'",
            "no text in [Message, Description, text, Image Text]");
    PostMetadata first = r.documents.get(0).post();
    assertThat(first.account())
        .isEqualTo(new Account("facebook", "300200100", "tchadinfos", "Tchad Infos", null));
    assertThat(first.engagement()).isEqualTo(new Engagement(9800L, 12L, 154L, 30L));
    assertThat(first.relations())
        .containsExactly(Relation.link("https://tchadinfos.com/route-moundou"));
    assertThat(r.text(1))
        .isEqualTo(
            "Mongo : le gouverneur annonce « une campagne de vaccination \"porte à porte\" »\n"
                + "dès lundi, avec l'appui de l'UNICEF.");
    assertThat(r.documents.get(1).origin()).isEqualTo(file + ":8");
  }

  @Test
  void aGenericCsvIsReadThroughTheMappingWithItsOwnDelimiter() {
    FieldMapping mapping =
        FieldMapping.parse(
            List.of(
                "text=body",
                "id=message_id",
                "published=posted_at",
                "account.name=user",
                "account.handle=screen_name",
                "reactions=likes",
                "shares=retweets",
                "replies=replies",
                "reply_to=reply_to",
                "url=permalink",
                "language=lang"));
    Exports.Recording r =
        Exports.collect(
            PlatformFormat.CSV,
            new CsvExport(mapping, "mastodon"),
            Exports.path("csv", "generic-posts.csv"));

    assertThat(r.errors).isEmpty();
    assertThat(r.postIds()).containsExactly("9001", "9002");
    PostMetadata first = r.documents.get(0).post();
    assertThat(first.account())
        .isEqualTo(new Account("mastodon", null, "fatou_nd", "Fatou Ndiaye", null));
    assertThat(first.published()).isEqualTo("2024-03-20T09:30:00Z");
    assertThat(first.engagement()).isEqualTo(new Engagement(null, 5L, 17L, 2L));
    assertThat(first.relations()).containsExactly(Relation.hashtag("thiès"));
    assertThat(r.text(0)).contains("Randoulène; la Senelec");
    assertThat(r.documents.get(0).hint(RawDocument.Hint.LANGUAGE)).isEqualTo("fra");
    assertThat(r.documents.get(1).post().relations())
        .containsExactly(
            new Relation(Kind.REPLY, "9001", null),
            Relation.mention("fatou_nd", new Account("mastodon", null, "fatou_nd", null, null)),
            Relation.link("https://www.senelec.sn/communique"));
    assertThat(r.documents.get(1).url()).isEqualTo("https://mastodon.africa/@ibou_fall/9002");
  }

  @Test
  void aMappingNamesItsFieldsAndNeedsText() {
    assertThatThrownBy(() -> FieldMapping.parse(List.of("texte=message")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unknown field 'texte' in --map texte=message; fields: account.followers");
    assertThatThrownBy(() -> FieldMapping.parse(List.of("url=link")))
        .hasMessageStartingWith("the mapping needs the post's text: --map text=COLUMN");
    assertThatThrownBy(() -> FieldMapping.parse(List.of("text")))
        .hasMessageContaining("--map takes FIELD=COLUMN");
  }
}
