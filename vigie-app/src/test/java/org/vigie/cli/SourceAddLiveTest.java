package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.cli.VigieCliTest.vigie;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.VigieCliTest.Run;

/** {@code vigie source add} of live kinds: the location checked at once, in French by default. */
class SourceAddLiveTest {
  @TempDir Path work;

  private Run add(String... rest) {
    String[] head = {"source", "add", "--data", work.resolve("data").toString()};
    String[] all = new String[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return vigie(all);
  }

  @Test
  void liveSourcesAreRegisteredByAccountOrUrl() {
    Run telegram =
        add(
            "--name",
            "Studio Tamani",
            "--kind",
            "telegram",
            "--account",
            "@studiotamani",
            "--every",
            "30m");
    assertThat(telegram.exit()).as(telegram.err()).isZero();
    assertThat(telegram.out()).contains("studio-tamani (telegram, 30 min)");
    Run mastodon =
        add(
            "--name",
            "Mali tag",
            "--kind",
            "mastodon",
            "--url",
            "https://mastodon.social/tags/mali");
    assertThat(mastodon.exit()).as(mastodon.err()).isZero();
    Run list = vigie("source", "list", "--data", work.resolve("data").toString());
    assertThat(list.out()).contains("studio-tamani").contains("mali-tag");
  }

  @Test
  void aBadLiveLocationIsAUsageErrorNamingTheForms() {
    Run bad = add("--name", "X", "--kind", "mastodon", "--account", "studiotamani");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .contains("« studiotamani » n'est pas une source mastodon")
        .contains("@utilisateur@instance");
    Run path = add("--name", "Y", "--kind", "youtube", "--path", "/tmp");
    assertThat(path.exit()).isEqualTo(2);
    assertThat(path.err()).contains("--account");
    Run english =
        vigie(
            "--lang",
            "en",
            "source",
            "add",
            "--data",
            work.resolve("data").toString(),
            "--name",
            "Z",
            "--kind",
            "youtube",
            "--account",
            "UCshort");
    assertThat(english.exit()).isEqualTo(2);
    assertThat(english.err()).contains("is not a youtube source").contains("channel id");
  }
}
