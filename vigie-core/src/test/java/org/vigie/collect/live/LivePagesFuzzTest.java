package org.vigie.collect.live;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.function.Function;
import org.vigie.analysis.extract.ExtractStage;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.document.RawDocument;

/**
 * Fuzz tests of the live sources' page parsers on hostile answers (docs/FUZZING.md): Telegram's
 * public preview (HTML), a Mastodon timeline and account lookup (JSON), a Bluesky author feed
 * (JSON) and a YouTube channel feed (Atom). A page either parses or is refused with a {@link
 * LiveFormatException}, which the collector reports for the source; every post of a parsed page
 * then goes through the extract stage, which may reject it only with a {@link
 * DocumentRejectedException}. Seeds: {@code LivePagesFuzzTestInputs/<method>/}.
 */
class LivePagesFuzzTest {
  private static final Instant FETCHED = Instant.parse("2026-01-05T08:00:00Z");
  private final ExtractStage extract = new ExtractStage();

  @FuzzTest
  void telegram(byte[] body) {
    read(b -> TelegramPreview.parse(b, "fuzz", FETCHED), body);
  }

  @FuzzTest
  void mastodon(byte[] body) {
    read(b -> MastodonTimeline.parse(b, "fuzz", FETCHED), body);
    try {
      assertThat(MastodonTimeline.accountId(new String(body, UTF_8))).isNotBlank();
    } catch (LiveFormatException expected) {
      // no account in the answer
    }
  }

  @FuzzTest
  void bluesky(byte[] body) {
    read(b -> BlueskyAuthorFeed.parse(b, "fuzz", FETCHED), body);
  }

  @FuzzTest
  void youtube(byte[] body) {
    read(b -> YouTubeFeed.parse(b, "fuzz", FETCHED), body);
  }

  private void read(Function<String, Page> parser, byte[] body) {
    Page page;
    try {
      page = parser.apply(new String(body, UTF_8));
    } catch (LiveFormatException expected) {
      return;
    }
    for (RawDocument post : page.posts()) {
      try {
        extract.process(new DocumentDraft(post));
      } catch (DocumentRejectedException expected) {
        // an empty post, reported by the pipeline
      }
    }
  }
}
