package org.vigie.archive.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.ErrorCause;

/**
 * A Telegram channel's web preview over three pages of {@code ?before=}: every post collected once,
 * a second poll adds nothing and records the new views, a deleted message is marked, a 429 and a
 * run of 503s are waited out or resumed without losing a post.
 */
class TelegramLiveIT {
  @TempDir Path data;
  private LiveHarness h;
  private TelegramChannelModel channel;

  @BeforeEach
  void start() throws Exception {
    h = new LiveHarness(data);
    channel = new TelegramChannelModel("sahelinfo", 3);
    for (long id = 101; id <= 107; id++) {
      channel.post(id, 1000 + id * 100);
    }
    channel.serve(h);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void pagesBackOnceThenRefreshesViewsAndMarksADeletedMessage() {
    h.add("sahel", SourceKind.TELEGRAM, "@sahelinfo", Map.of());
    SourceRunner.Result first = h.run("sahel");
    assertThat(first.succeeded()).as(first.error()).isTrue();
    assertThat(first.report().added()).isEqualTo(7);
    assertThat(h.hits("/s/sahelinfo")).isEqualTo(1);
    assertThat(h.hits("/s/sahelinfo?before=105")).isEqualTo(1);
    assertThat(h.hits("/s/sahelinfo?before=102")).isEqualTo(1);
    for (long id = 101; id <= 107; id++) {
      assertThat(h.stored(channel.documentId(id))).as("post %d", id).isTrue();
      assertThat(h.history(channel.documentId(id))).hasSize(1);
    }
    assertThat(h.history(channel.documentId(107)).getFirst().engagement().views()).isEqualTo(11700);

    channel.post(107, 25_000);
    channel.post(105, 11_500); // same count as before: no new snapshot
    channel.posts.remove(106L);
    SourceRunner.Result second = h.run("sahel");
    assertThat(second.succeeded()).as(second.error()).isTrue();
    assertThat(second.report().added()).isZero();
    assertThat(second.report().duplicates()).as("known posts are not delivered again").isZero();
    assertThat(h.hits("/s/sahelinfo"))
        .as("the newest page reaches the last post seen")
        .isEqualTo(2);
    assertThat(h.hits("/s/sahelinfo?before=104")).isZero();
    assertThat(h.history(channel.documentId(107)))
        .extracting(s -> s.engagement().views())
        .containsExactly(11700L, 25000L);
    assertThat(h.history(channel.documentId(105))).hasSize(1);
    assertThat(h.removal(channel.documentId(106))).isNotNull();
    assertThat(h.removal(channel.documentId(106)).sourceId()).isEqualTo("sahel");
    assertThat(h.stored(channel.documentId(106))).as("a removed post is kept").isTrue();
    assertThat(h.removal(channel.documentId(105))).isNull();
    assertThat(h.removal(channel.documentId(101))).as("outside the pages read").isNull();
  }

  @Test
  void a429IsWaitedOutAndTheRunGoesOn() {
    h.add("sahel", SourceKind.TELEGRAM, "https://t.me/s/sahelinfo", Map.of());
    h.fail("/s/sahelinfo?before=105", 429, "1", 1);
    long started = System.nanoTime();
    SourceRunner.Result run = h.run("sahel");
    assertThat(run.succeeded()).as(run.error()).isTrue();
    assertThat(run.report().added()).isEqualTo(7);
    assertThat(System.nanoTime() - started)
        .as("Retry-After: 1 honoured")
        .isGreaterThan(900_000_000L);
    assertThat(h.hits("/s/sahelinfo?before=105")).isEqualTo(2);
    assertThat(run.report().errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fatal()).isFalse();
              assertThat(e.cause()).isEqualTo(ErrorCause.HTTP_STATUS);
              assertThat(e.message()).contains("429");
            });
  }

  @Test
  void aServerThatKeepsFailingStopsTheRunAndTheNextResumesThereWithoutLoss() {
    h.add("sahel", SourceKind.TELEGRAM, "sahelinfo", Map.of("retries", "1"));
    h.fail("/s/sahelinfo?before=105", 503, null, 2);
    SourceRunner.Result first = h.run("sahel");
    assertThat(first.report().added()).isEqualTo(3);
    assertThat(first.report().errors()).anySatisfy(e -> assertThat(e.fatal()).isTrue());

    channel.post(108, 900); // published meanwhile
    SourceRunner.Result second = h.run("sahel");
    assertThat(second.succeeded()).as(second.error()).isTrue();
    assertThat(second.report().added())
        .as("108, then 101 to 104 from the resume cursor")
        .isEqualTo(5);
    assertThat(second.report().duplicates()).isZero();
    for (long id = 101; id <= 108; id++) {
      assertThat(h.stored(channel.documentId(id))).as("post %d", id).isTrue();
    }
    assertThat(h.hits("/s/sahelinfo?before=105")).isEqualTo(3);

    SourceRunner.Result third = h.run("sahel");
    assertThat(third.report().added()).isZero();
    assertThat(h.hits("/s/sahelinfo?before=105")).as("the gap is closed").isEqualTo(3);
    assertThat(h.removal(channel.documentId(105))).isNull();
  }

  @Test
  void loopbackIsRefusedUnlessTheSourceAllowsIt() {
    h.archive
        .catalog()
        .sources()
        .add(
            new org.vigie.collect.sources.Source(
                "closed",
                "closed",
                SourceKind.TELEGRAM,
                "sahelinfo",
                null,
                null,
                null,
                null,
                false,
                Map.of("baseUrl", h.server.base())),
            java.time.Instant.now());
    SourceRunner.Result run = h.run("closed");
    assertThat(run.succeeded()).isFalse();
    assertThat(run.errorCause()).isEqualTo(ErrorCause.FORBIDDEN_ADDRESS.name());
    assertThat(h.server.hits()).isEmpty();
  }
}
