package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.Fixtures;
import org.vigie.cli.VigieCliTest.Run;

/**
 * {@code vigie eval topics} on Vigie's labelled set and on a news table of ours in MasakhaNEWS's
 * shape ({@code category, headline, text, url}, tab-separated; a copy across the two files and a
 * row without text, as in the real one).
 */
class EvalTopicsCommandTest {
  static final Path NEWS = Fixtures.path("eval/news");

  @Test
  void precisionPerTopicAndSharesOnNewsAsJson() throws Exception {
    Run run = VigieCliTest.vigie("eval", "topics", "--json", "--news", NEWS.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode labelled = root.path("labelled");
    assertThat(labelled.path("texts").asInt()).isGreaterThanOrEqualTo(300);
    assertThat(labelled.path("topics")).hasSize(58);
    assertThat(labelled.path("belowFloor")).isEmpty();
    for (JsonNode t : labelled.path("topics")) {
      assertThat(t.path("precision").asDouble()).as(t.path("id").asText()).isGreaterThan(0.9);
    }
    JsonNode news = root.path("news");
    assertThat(news.path("rows").asInt()).isEqualTo(5);
    assertThat(news.path("articles").asInt()).isEqualTo(3);
    assertThat(news.path("copies").asInt()).isEqualTo(1);
    assertThat(news.path("rejected").asInt()).isEqualTo(1);
    assertThat(news.path("outsidePolitics").asInt()).isEqualTo(2);
    assertThat(news.path("outsidePoliticsConflict").asInt()).isZero();
    assertThat(news.path("perTopic").path("attaques-terroristes").asInt()).isEqualTo(1);
    assertThat(news.path("perTopic").path("securite-mali").asInt()).isEqualTo(1);
  }

  @Test
  void tablesInFrenchOrEnglishAndAClearSkipWithoutTheNews(@TempDir Path empty) {
    Run fr = VigieCliTest.vigie("eval", "topics", "--news", NEWS.toString());
    assertThat(fr.out())
        .contains("précision", "Micro-moyenne", "ou de droits : 0 sur 2")
        .contains("5 lignes, 3 articles (1 en double, 1 rejetés)");
    Run en = VigieCliTest.vigie("--lang", "en", "eval", "topics", "--news", empty.toString());
    assertThat(en.exit()).isZero();
    assertThat(en.out()).contains("precision", "MasakhaNEWS absent", "is skipped");
  }
}
