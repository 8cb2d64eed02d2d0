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

/**
 * A Mastodon account timeline paged with {@code max_id}: each status once, a second poll adds
 * nothing and records the new counts, a deleted status is marked, a 5xx is retried.
 */
class MastodonLiveIT {
  static final String STATUSES = "/api/v1/accounts/" + MastodonModel.ACCOUNT_ID + "/statuses";

  @TempDir Path data;
  private LiveHarness h;
  private MastodonModel instance;

  @BeforeEach
  void start() throws Exception {
    h = new LiveHarness(data);
    instance = new MastodonModel(3);
    for (int n = 1; n <= 8; n++) {
      instance.status(n, 10 * n);
    }
    instance.serve(h);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void pagesWithMaxIdThenRefreshesCountsAndMarksADeletedStatus() {
    h.add("tamani-masto", SourceKind.MASTODON, "@studiotamani@mastodon.social", Map.of());
    h.fail(STATUSES + "?limit=40&max_id=" + MastodonModel.id(6), 502, null, 1);
    SourceRunner.Result first = h.run("tamani-masto");
    assertThat(first.succeeded()).as(first.error()).isTrue();
    assertThat(first.report().added()).isEqualTo(8);
    assertThat(h.hits(STATUSES + "?limit=40&max_id=" + MastodonModel.id(6)))
        .as("a 502 is asked again")
        .isEqualTo(2);
    for (int n = 1; n <= 8; n++) {
      assertThat(h.stored(instance.documentId(n))).as("status %d", n).isTrue();
    }
    assertThat(h.history(instance.documentId(8)).getFirst().engagement().reactions()).isEqualTo(80);

    instance.status(8, 95);
    instance.statuses.remove(MastodonModel.id(7));
    SourceRunner.Result second = h.run("tamani-masto");
    assertThat(second.succeeded()).as(second.error()).isTrue();
    assertThat(second.report().added()).isZero();
    assertThat(h.hits(STATUSES + "?limit=40")).isEqualTo(2);
    assertThat(h.history(instance.documentId(8)))
        .extracting(s -> s.engagement().reactions())
        .containsExactly(80L, 95L);
    assertThat(h.removal(instance.documentId(7))).isNotNull();
    assertThat(h.removal(instance.documentId(6))).isNull();
  }
}
