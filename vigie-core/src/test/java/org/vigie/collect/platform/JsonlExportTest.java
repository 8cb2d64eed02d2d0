package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

class JsonlExportTest {
  private static final FieldMapping MAPPING =
      FieldMapping.parse(
          List.of(
              "text=post.body",
              "id=post.id",
              "published=post.created",
              "account.handle=author.handle",
              "account.name=author.display",
              "account.followers=author.followers",
              "reactions=stats.likes",
              "shares=stats.shares",
              "replies=stats.comments",
              "views=stats.views",
              "link=link",
              "forwarded_from=forwarded"));

  @Test
  void nestedKeysAreMappedAndBadLinesReportedByNumber() {
    Exports.Recording r =
        Exports.collect(
            PlatformFormat.JSONL,
            new JsonlExport(MAPPING, null),
            Exports.path("csv", "generic-posts.jsonl"));
    String file = Exports.path("csv", "generic-posts.jsonl").toString();

    assertThat(r.postIds()).containsExactly("a1", "a5");
    assertThat(r.errorKeys())
        .containsExactly(
            file + ":3 MALFORMED_RECORD", file + ":4 MALFORMED_RECORD", file + ":5 NO_TEXT");
    assertThat(r.errors.get(0).message()).isEqualTo("stats.likes is not a number: 'beaucoup'");
    assertThat(r.errors.get(1).message()).startsWith("invalid JSON: ");

    PostMetadata first = r.documents.get(0).post();
    assertThat(first.platform()).isEqualTo("jsonl");
    assertThat(first.published()).isEqualTo("2024-03-20T10:30:00Z");
    assertThat(first.account())
        .isEqualTo(new Account("jsonl", null, "kayes_info", "Kayes Info", 8812L));
    assertThat(first.engagement()).isEqualTo(new Engagement(2200L, 6L, 40L, 3L));
    assertThat(first.relations())
        .containsExactly(
            Relation.hashtag("transhumance"), Relation.link("https://kayesinfo.ml/transhumance"));
    assertThat(r.documents.get(1).post().relations())
        .containsExactly(
            new Relation(
                Kind.FORWARD, null, new Account("jsonl", null, "cercle_diema", null, null)));
  }

  @Test
  void valuesOfTheWrongTypeAreListedAsMalformedNamingTheKey(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path work) throws java.io.IOException {
    java.nio.file.Path file = work.resolve("types.jsonl");
    java.nio.file.Files.writeString(
        file,
        """
        {"post": {"id": "b1", "body": 42}}
        {"post": {"id": "b2", "body": {"fr": "Ségou : la crue du Niger inquiète."}}}
        {"post": {"id": "b3", "body": "Ségou : la crue du Niger inquiète.", "created": [2024]}}
        {"post": {"id": "b4", "body": "Mopti : le port reprend ses activités."}, "stats": {"likes": {"n": 3}}}
        {"post": {"id": 5, "body": "San : les cours reprennent lundi."}}
        """);
    Exports.Recording r =
        Exports.collect(PlatformFormat.JSONL, new JsonlExport(MAPPING, null), file);

    assertThat(r.postIds()).containsExactly("5");
    assertThat(r.errorKeys())
        .containsExactly(
            file + ":1 MALFORMED_RECORD",
            file + ":2 MALFORMED_RECORD",
            file + ":3 MALFORMED_RECORD",
            file + ":4 MALFORMED_RECORD");
    assertThat(r.errors)
        .extracting(org.vigie.document.IngestError::message)
        .containsExactly(
            "'post.body' is a number, expected a string",
            "'post.body' is an object, expected a string",
            "'post.created' is an array, expected a string or a number",
            "'stats.likes' is an object, expected a string or a number");
  }
}
