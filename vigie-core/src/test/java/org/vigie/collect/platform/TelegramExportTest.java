package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.ErrorCause;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

class TelegramExportTest {
  private static final Account CHANNEL =
      new Account("telegram", "channel1234567890", null, "Studio Tamani Infos", null);

  private static Exports.Recording read(String name) {
    return Exports.collect(
        PlatformFormat.TELEGRAM, new TelegramExport(), Exports.path("telegram", name));
  }

  @Test
  void aChannelsMessagesBecomePostsWithTheirMetrics() {
    Exports.Recording r = read("channel.json");

    assertThat(r.errors).isEmpty();
    // the service message and the photo without caption are skipped
    assertThat(r.postIds())
        .containsExactly(
            "1234567890/2", "1234567890/3", "1234567890/4", "1234567890/5", "1234567890/7");
    PostMetadata first = r.documents.get(0).post();
    assertThat(first.platform()).isEqualTo("telegram");
    assertThat(first.account()).isEqualTo(CHANNEL);
    assertThat(first.published()).isEqualTo("2024-03-14T08:15:00Z");
    assertThat(first.engagement()).isEqualTo(new Engagement(15230L, 87L, 134L, null));
    assertThat(first.relations())
        .containsExactly(Relation.hashtag("mali"), Relation.hashtag("élections"));
    assertThat(r.text(0)).startsWith("Bamako : la CENI annonce").endsWith("#Mali #Élections");
    assertThat(r.documents.get(0).origin())
        .isEqualTo(Exports.path("telegram", "channel.json") + "@383");
  }

  @Test
  void textEntitiesGiveLinksAndMentions() {
    Exports.Recording r = read("channel.json");

    assertThat(r.text(1))
        .isEqualTo(
            "Mopti : des déplacés de Bandiagara racontent l'attaque de leur village. Lire notre"
                + " reportage et le communiqué relayé par @MaliActuNet :"
                + " https://www.maliactu.net/communique-mopti");
    assertThat(r.documents.get(1).post().relations())
        .containsExactly(
            Relation.link("https://www.studiotamani.org/reportage-bandiagara"),
            Relation.mention(
                "MaliActuNet", new Account("telegram", null, "MaliActuNet", null, null)),
            Relation.link("https://www.maliactu.net/communique-mopti"));
  }

  @Test
  void forwardsRepliesEditsAndPhotosAreKept() {
    Exports.Recording r = read("channel.json");

    PostMetadata forwarded = r.documents.get(2).post();
    assertThat(forwarded.relations())
        .containsExactly(
            new Relation(
                Kind.FORWARD,
                null,
                new Account("telegram", "channel987654321", null, "Radio Kledu", null)));
    assertThat(r.text(2)).startsWith("Bamakɔ kɔnɔ, sanji caman");

    PostMetadata reply = r.documents.get(3).post();
    assertThat(reply.relations())
        .containsExactly(
            new Relation(Kind.REPLY, "1234567890/2", null),
            new Relation(Kind.MEDIA, "photos/photo_5@15-03-2024_07-05-12.jpg", null));
    assertThat(reply.edited()).isEqualTo("2024-03-15T07:30:00Z");
    assertThat(reply.engagement()).isEqualTo(new Engagement(7120L, null, null, null));
  }

  @Test
  void aFullExportReadsEveryChatAndGroupMembersAreTheAuthors() {
    Exports.Recording r = read("full-export.json");

    assertThat(r.errors).isEmpty();
    assertThat(r.postIds())
        .containsExactly("1777000111/302", "1777000111/303", "1777000111/304", "5550001/12");
    assertThat(r.documents.get(0).post().account())
        .isEqualTo(new Account("telegram", "user4440002", null, "Moussa Ndiaye", null));
    PostMetadata reply = r.documents.get(1).post();
    assertThat(reply.account().id()).isEqualTo("user5550001");
    assertThat(reply.relations())
        .containsExactly(
            new Relation(Kind.REPLY, "1777000111/302", null),
            new Relation(
                Kind.MENTION, null, new Account("telegram", "user4440002", null, "Moussa", null)),
            Relation.link("https://www.seneweb.com/news/ziguinchor-interpellations"));
    assertThat(r.text(1)).startsWith("Merci Moussa. La gendarmerie confirme");
  }

  @Test
  void badMessagesAreReportedWithTheirPositionAndTheRestIsRead() {
    Exports.Recording r = read("malformed.json");
    String file = Exports.path("telegram", "malformed.json").toString();

    assertThat(r.postIds()).containsExactly("2223334445/10", "2223334445/14");
    assertThat(r.errorKeys())
        .containsExactly(
            file + "@367 MALFORMED_RECORD",
            file + "@538 MALFORMED_RECORD",
            file + "@733 MALFORMED_RECORD");
    assertThat(r.errors.get(0).message()).startsWith("message #1 (line 15) is not valid JSON");
    assertThat(r.errors.get(1).message())
        .isEqualTo("message #2 (line 22): date is not a date: 'hier soir'");
    assertThat(r.errors.get(2).message())
        .isEqualTo("message #3 (line 30): views is not a number: 'beaucoup'");
    assertThat(r.errors).allMatch(e -> e.fatal() && e.cause() == ErrorCause.MALFORMED_RECORD);
  }

  @Test
  void messagesWithWrongTypesAreListedAsMalformedNamingTheField() {
    Exports.Recording r = read("wrong-types.json");

    assertThat(r.postIds()).containsExactly("2223334445/20", "2223334445/30");
    assertThat(r.errors).allMatch(e -> e.fatal() && e.cause() == ErrorCause.MALFORMED_RECORD);
    assertThat(r.errors)
        .extracting(org.vigie.document.IngestError::message)
        .containsExactly(
            "message #1 (line 12): 'text' is a number, expected a string or an array of parts",
            "message #2 (line 18): 'text' is an object, expected a string or an array of parts",
            "message #3 (line 24): 'text[1]' is a number, expected a string or an entity",
            "message #4 (line 30): 'views' is an object, expected a number",
            "message #5 (line 37): 'type' is an array, expected a string",
            "message #6 (line 43): 'date' is an array, expected a string or a number",
            "message #9 (line 63): 'text[0].text' is a number, expected a string");
    assertThat(r.text(1)).isEqualTo("Dori : #Sahel les écoles rouvrent.");
  }

  @Test
  void aTruncatedFileKeepsWhatCameBeforeAndSaysWhereItBroke() {
    Exports.Recording r = read("truncated.json");
    String file = Exports.path("telegram", "truncated.json").toString();

    assertThat(r.postIds()).containsExactly("2223334445/10");
    assertThat(r.errorKeys())
        .containsExactly(
            file + "@367 MALFORMED_RECORD",
            file + "@538 MALFORMED_RECORD",
            file + "@733 MALFORMED_RECORD",
            file + "@1050 MALFORMED_RECORD");
    assertThat(r.errors.get(3).message())
        .contains("the file ends inside the value that starts at byte 1000 (line 40)")
        .endsWith("truncated at byte 1050 (line 43)");
  }

  @Test
  void aGzippedExportIsReadAsIs(@TempDir Path work) throws IOException {
    Path gz = work.resolve("result.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(Exports.path("telegram", "channel.json"), out);
    }
    Exports.Recording r = Exports.collect(PlatformFormat.TELEGRAM, new TelegramExport(), gz);
    assertThat(r.errors).isEmpty();
    assertThat(r.postIds()).hasSize(5).startsWith("1234567890/2");
  }

  @Test
  void anExportFolderIsReadThroughItsResultJson(@TempDir Path work) throws IOException {
    Files.copy(Exports.path("telegram", "full-export.json"), work.resolve("result.json"));
    Files.createDirectories(work.resolve("photos"));
    Exports.Recording r = Exports.collect(PlatformFormat.TELEGRAM, new TelegramExport(), work);
    assertThat(r.errors).isEmpty();
    assertThat(r.postIds()).hasSize(4);
  }

  @Test
  void aFileThatIsNotAnExportIsOneError() {
    Exports.Recording r =
        Exports.collect(
            PlatformFormat.TELEGRAM,
            new TelegramExport(),
            Exports.path("telegram", "missing.json"));
    assertThat(r.documents).isEmpty();
    assertThat(r.errors).hasSize(1);
    assertThat(r.errors.getFirst().message()).isEqualTo("file not found");
    assertThat(List.of(r.errors.getFirst().cause())).containsExactly(ErrorCause.UNREADABLE);
  }
}
