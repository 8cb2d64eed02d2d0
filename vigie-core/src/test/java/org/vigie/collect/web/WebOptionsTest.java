package org.vigie.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.collect.fetch.InMemoryFetchMemory;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;

class WebOptionsTest {

  private static Source site(Map<String, String> options) {
    return new Source(
        "journal-segou",
        "Le Journal de Ségou",
        SourceKind.SITE,
        "https://journal-segou.ml/",
        "ML",
        "fra",
        List.of(),
        null,
        false,
        options);
  }

  @Test
  void defaultsAreOneSecondDepthThree500PagesSameHostArchived() {
    assertThat(WebOptions.of(site(Map.of())))
        .isEqualTo(new WebOptions(Duration.ofSeconds(1), 3, 500, true, true));
  }

  @Test
  void optionsAreRead() {
    WebOptions options =
        WebOptions.of(
            site(
                Map.of(
                    "delayMs",
                    "2500",
                    "maxDepth",
                    "1",
                    "maxPages",
                    "20",
                    "sameHost",
                    "non",
                    "warc",
                    "false")));

    assertThat(options).isEqualTo(new WebOptions(Duration.ofMillis(2500), 1, 20, false, false));
  }

  @Test
  void aBadValueNamesTheSourceAndTheOption() {
    assertThatThrownBy(() -> WebOptions.of(site(Map.of("maxPages", "beaucoup"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source 'journal-segou': option maxPages must be a whole number ≥ 0, not 'beaucoup'");
    assertThatThrownBy(() -> WebOptions.of(site(Map.of("sameHost", "peut-être"))))
        .hasMessageContaining("option sameHost must be true or false");
  }

  @Test
  void importSourcesAreNotWebSources() {
    Source folder =
        new Source(
            "archives",
            "Archives",
            SourceKind.IMPORT,
            "/data/archives",
            null,
            null,
            List.of(),
            null,
            false,
            Map.of());

    assertThatThrownBy(() -> new WebSourceCollectors().collector(folder, new InMemoryFetchMemory()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'archives' is an import");
  }
}
