package org.vigie.archive.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.AlertMatches.Match;
import org.vigie.store.StoreConfig;

/**
 * One document matched by many rules, written in one batch into a real archive's catalog: one
 * message per immediate rule whose story is new, none for a digest rule, nothing twice on a
 * re-ingest, a copy counted in its original's story, and a story notified again with its documents
 * and sites once its matches double.
 */
class MatchWriterTest {
  @TempDir Path work;
  final MutableClock clock = new MutableClock(Instant.parse("2024-02-15T10:00:00Z"));
  Archive archive;
  AlertService alerts;

  @BeforeEach
  void open() {
    archive = Archive.open(work.resolve("data"), StoreConfig.EMBEDDED, clock);
    alerts = archive.alerts();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  @Test
  void oneDocumentMatchedByManyRulesQueuesOneMessagePerImmediateRuleOnce() {
    List<AlertRule> rules =
        List.of(
            rule("a", AlertRule.Mode.IMMEDIATE),
            rule("b", AlertRule.Mode.IMMEDIATE),
            rule("c", AlertRule.Mode.DIGEST),
            rule("d", AlertRule.Mode.IMMEDIATE));

    int queued = alerts.matches().recordAll(rules, match("doc1", "doc1", null, "Maliweb"), now());

    assertThat(queued).isEqualTo(3);
    assertThat(alerts.outbox().pending()).isEqualTo(3);
    assertThat(alerts.notices().unread("analyste")).isEqualTo(3);
    for (AlertRule r : rules) {
      assertThat(alerts.matches().recent(r.id(), 5))
          .extracting(Match::docId)
          .containsExactly("doc1");
    }
    AlertOutbox.Delivery d = alerts.outbox().ofRule(rules.get(0).id(), 5).get(0);
    assertThat(d.message().items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.docId()).isEqualTo("doc1");
              assertThat(i.documents()).isEqualTo(1);
              assertThat(i.sites()).isEqualTo(1);
            });

    assertThat(alerts.matches().recordAll(rules, match("doc1", "doc1", null, "Maliweb"), now()))
        .as("the same document again (a re-ingest)")
        .isZero();
    assertThat(alerts.outbox().pending()).isEqualTo(3);
    assertThat(alerts.matches().recent(rules.get(0).id(), 5)).hasSize(1);
  }

  @Test
  void aCopyCountsInItsOriginalsStoryAndAStoryThatDoublesIsNotifiedAgain() {
    AlertRule r = rule("gao", AlertRule.Mode.IMMEDIATE);
    assertThat(alerts.matches().recordAll(List.of(r), match("o", "o", null, "Maliweb"), now()))
        .isEqualTo(1);
    // a copy whose own story key differs still counts in the story its original was matched in
    assertThat(alerts.matches().recordAll(List.of(r), match("c1", "c1", "o", "Mali Actu"), now()))
        .isZero();
    assertThat(alerts.matches().recordAll(List.of(r), match("a2", "o", null, "Bamada"), now()))
        .isZero();
    clock.advance(java.time.Duration.ofMinutes(1));
    int fourth = alerts.matches().recordAll(List.of(r), match("a3", "o", null, "Bamada"), now());

    assertThat(fourth).as("4 matches against 1 notified: doubled and 3 more").isEqualTo(1);
    assertThat(alerts.matches().recent(r.id(), 10)).extracting(Match::storyKey).containsOnly("o");
    AlertOutbox.Delivery again = alerts.outbox().ofRule(r.id(), 5).get(0);
    assertThat(again.message().items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.docId()).isEqualTo("a3");
              assertThat(i.documents()).isEqualTo(4);
              assertThat(i.sites()).isEqualTo(3);
            });
  }

  private Instant now() {
    return clock.instant();
  }

  private static Match match(String doc, String story, String copyOf, String site) {
    return new Match(
        doc,
        story,
        copyOf,
        "Gao : tirs sur le camp",
        "https://" + site.toLowerCase().replace(' ', '-') + ".example/" + doc,
        site,
        "2024-02-15",
        null);
  }

  private AlertRule rule(String name, AlertRule.Mode mode) {
    return alerts.add(
        new AlertRule(
            0,
            name,
            "analyste",
            "MINUSMA ET Gao",
            mode,
            null,
            null,
            null,
            0,
            "cellule@mission.example",
            null,
            null,
            false,
            false,
            null,
            "fr",
            true));
  }
}
