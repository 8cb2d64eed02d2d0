package org.vigie.archive.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Signal;
import org.vigie.store.StoreConfig;

/**
 * The review queue over a real archive (the real pipeline, Lucene and H2): the hostile post enters
 * it at ingest and the article reporting the same words does not; a backfill brings in what was
 * archived under a higher threshold; decisions go to the audit trail, which refuses to be changed;
 * related items are grouped and decided together; decisions become training lines and precision.
 */
class ReviewQueueTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
  private static final String HOSTILE =
      "Les Peuls sont tous des terroristes, il faut les chasser du village.";

  @TempDir Path work;

  private Path corpus() throws Exception {
    Path file = work.resolve("corpus/harm.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        line("post", "", HOSTILE, "t.me")
            + line(
                "article",
                "Tensions à Bankass",
                "La gendarmerie de Bankass a ouvert une enquête après le meeting tenu samedi.\n\n« "
                    + HOSTILE.substring(0, HOSTILE.length() - 1)
                    + " », a déclaré Amadou Koné, conseiller municipal, devant la foule.",
                "journal.ml")
            + line(
                "article",
                "La transhumance a commencé",
                "Les éleveurs peuls de la région de Mopti ont commencé la transhumance vers le sud.",
                "journal.ml"));
    return file;
  }

  private static String line(String type, String title, String text, String site) {
    var o = DocumentJson.mapper().createObjectNode();
    o.put("type", type).put("title", title).put("text", text).put("site", site);
    o.put("published", "2026-03-02T09:00:00Z");
    return o + "\n";
  }

  private static void ingest(Archive archive, Path file) {
    new FileIngest(archive, 1000).run(List.of(file), "files:harm", p -> {});
    archive.store().commit();
  }

  @Test
  void theHostilePostEntersTheQueueAtIngestOnceAndTheReportingArticleDoesNot() throws Exception {
    Path file = corpus();
    try (Archive archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, CLOCK)) {
      ingest(archive, file);
      ingest(archive, file);
      List<ReviewItem> items = archive.review().list(ReviewFilter.ALL);
      assertThat(items).singleElement().satisfies(i -> assertThat(i.excerpt()).isEqualTo(HOSTILE));
      ReviewItem item = items.getFirst();
      assertThat(item.kind()).isEqualTo(Signal.HARM);
      assertThat(item.status()).isEqualTo(ReviewStatus.A_TRAITER);
      assertThat(item.targets()).contains("Peuls");
      assertThat(item.evidence()).isNotEmpty();
      assertThat(item.score()).isGreaterThanOrEqualTo(archive.review().threshold());
      assertThat(archive.review().audit().history(item.id()))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo(ReviewEvent.FLAGGED);
                assertThat(e.actor()).isEqualTo(ReviewQueue.SYSTEM);
                assertThat(e.after()).isEqualTo("a_traiter");
              });
    }
  }

  @Test
  void aBackfillBringsInWhatWasArchivedAboveTheNewThresholdOnce() throws Exception {
    Path file = corpus();
    try (Archive archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, CLOCK)) {
      archive.review().threshold(1.0);
      ingest(archive, file);
      assertThat(archive.review().list(ReviewFilter.ALL)).isEmpty();
      archive.review().threshold(0.5);
      assertThat(archive.backfillReview()).isEqualTo(1);
      assertThat(archive.backfillReview()).isZero();
      assertThat(archive.review().list(ReviewFilter.ALL)).hasSize(1);
    }
    try (Archive again = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, CLOCK)) {
      assertThat(again.review().threshold()).isEqualTo(0.5);
    }
    assertThatThrownBy(() -> new ReviewQueue(null, CLOCK).threshold(1.5))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void decisionsAreAuditedAndTheTrailRefusesToBeChanged() throws Exception {
    try (Archive archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, CLOCK)) {
      ReviewQueue queue = archive.review();
      long id = queue.enqueue(doc("d1", null, null), flag()).orElseThrow();
      queue.decide(id, new ReviewDecision("awa", null, "awa", null, null, false));
      ReviewItem after =
          queue
              .decide(
                  id,
                  new ReviewDecision(
                      "awa", ReviewStatus.CONFIRME, null, "menace", "Appel explicite.", false))
              .getFirst();
      assertThat(after.status()).isEqualTo(ReviewStatus.CONFIRME);
      assertThat(after.assignee()).isEqualTo("awa");
      assertThat(after.currentLabel()).isEqualTo("menace");
      List<ReviewEvent> trail = queue.audit().history(id);
      assertThat(trail)
          .extracting(
              ReviewEvent::action, ReviewEvent::actor, ReviewEvent::before, ReviewEvent::after)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("flagged", "vigie", null, "a_traiter"),
              org.assertj.core.groups.Tuple.tuple("assign", "awa", null, "awa"),
              org.assertj.core.groups.Tuple.tuple("status", "awa", "a_traiter", "confirme"),
              org.assertj.core.groups.Tuple.tuple("label", "awa", "hostile", "menace"));
      assertThat(trail.get(2).note()).isEqualTo("Appel explicite.");
      assertThat(queue.audit().verify(id)).isEmpty();

      try (Connection c = archive.catalog().dataSource().getConnection();
          Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("UPDATE review_audit SET actor = 'x'"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM review_audit WHERE item_id = " + id))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM review_item"))
            .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> s.executeUpdate("TRUNCATE TABLE review_audit"))
            .isInstanceOf(SQLException.class);
      }
      assertThat(queue.audit().history(id)).hasSize(4);
      assertThatThrownBy(
              () -> queue.decide(id, new ReviewDecision("awa", null, null, null, null, false)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("item " + id);
      assertThatThrownBy(
              () ->
                  queue.decide(
                      999, new ReviewDecision("awa", ReviewStatus.ECARTE, null, null, null, false)))
          .hasMessageContaining("999");
    }
  }

  @Test
  void itemsOfOneStoryAndCopiesOfOneOriginalAreGroupedAndDecidedTogether() throws Exception {
    try (Archive archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, CLOCK)) {
      ReviewQueue queue = archive.review();
      long a = queue.enqueue(doc("a", "story-1", null), flag()).orElseThrow();
      long b = queue.enqueue(doc("b", "story-1", null), flag()).orElseThrow();
      long copy = queue.enqueue(doc("c", null, "a"), flag()).orElseThrow();
      long alone = queue.enqueue(doc("z", "story-2", null), flag()).orElseThrow();
      assertThat(queue.enqueue(doc("a", "story-1", null), flag())).isEmpty();
      ReviewItem first = queue.get(a).orElseThrow();
      assertThat(first.groupSize()).isEqualTo(3);
      assertThat(queue.get(copy).orElseThrow().groupId()).isEqualTo(first.groupId());
      assertThat(queue.get(alone).orElseThrow().groupSize()).isEqualTo(1);

      List<ReviewItem> decided =
          queue.decide(
              b,
              new ReviewDecision("moussa", ReviewStatus.ECARTE, null, null, "Même dépêche.", true));
      assertThat(decided).extracting(ReviewItem::id).containsExactly(a, b, copy);
      assertThat(decided).allMatch(i -> i.status() == ReviewStatus.ECARTE);
      assertThat(queue.get(alone).orElseThrow().status()).isEqualTo(ReviewStatus.A_TRAITER);
      assertThat(queue.audit().history(copy))
          .last()
          .satisfies(e -> assertThat(e.note()).isEqualTo("Même dépêche."));
      assertThat(queue.list(new ReviewFilter(ReviewStatus.ECARTE, null, null, null, 0, 50)))
          .hasSize(3);
      assertThat(queue.counts()).containsEntry(ReviewStatus.A_TRAITER, 1L);
    }
  }

  @Test
  void decisionsBecomeTrainingLinesAndPrecisionByWeek() throws Exception {
    try (Archive archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, CLOCK)) {
      ReviewQueue queue = archive.review();
      long yes = queue.enqueue(doc("y", null, null), flag("texte y")).orElseThrow();
      long no = queue.enqueue(doc("n", null, null), flag()).orElseThrow();
      queue.enqueue(doc("open", null, null), flag());
      queue.decide(yes, new ReviewDecision("awa", ReviewStatus.CONFIRME, null, null, null, false));
      queue.decide(no, new ReviewDecision("awa", ReviewStatus.ECARTE, null, null, null, false));
      ReviewDecisions decisions = new ReviewDecisions(archive.catalog().dataSource());
      StringWriter out = new StringWriter();
      assertThat(decisions.writeJsonLines(Signal.HARM, out)).isEqualTo(2);
      List<JsonNode> lines = out.toString().lines().map(l -> read(l)).toList();
      assertThat(lines).extracting(l -> l.path("document").asText()).containsExactly("y", "n");
      assertThat(lines).extracting(l -> l.path("hostile").asBoolean()).containsExactly(true, false);
      assertThat(lines.getFirst().path("text").asText()).isEqualTo("texte y");
      assertThat(lines.getFirst().path("reviewer").asText()).isEqualTo("awa");
      assertThat(decisions.precisionByWeek(Signal.HARM))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.week()).isEqualTo(LocalDate.parse("2026-03-02"));
                assertThat(p.confirmed()).isEqualTo(1);
                assertThat(p.rejected()).isEqualTo(1);
                assertThat(p.precision()).isEqualTo(0.5);
              });
    }
  }

  private static JsonNode read(String line) {
    try {
      return DocumentJson.mapper().readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(line, e);
    }
  }

  private static AnalyzedDocument doc(String id, String story, String original) {
    return AnalyzedDocument.builder()
        .id(id)
        .text("texte " + id)
        .title("titre " + id)
        .type(AnalyzedDocument.POST)
        .storyId(story)
        .duplicateOf(original)
        .build();
  }

  private static ReviewFlag flag() {
    return flag("texte");
  }

  private static ReviewFlag flag(String excerpt) {
    return new ReviewFlag(
        Signal.HARM,
        "hostile",
        0.9,
        List.of("stigma"),
        List.of("Peuls"),
        List.of(new Signal.Evidence(0, 5, "texte", "stigma")),
        excerpt,
        null);
  }
}
