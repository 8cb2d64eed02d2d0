package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.VigieCliTest.Run;

/**
 * {@code vigie harm}, and the data checks of {@code vigie train harm} / {@code vigie eval harm}.
 */
class HarmCommandsTest {
  @TempDir Path work;

  @Test
  void printsOneJsonVerdictPerLineInOrder() throws Exception {
    Path posts =
        Files.write(
            work.resolve("posts.txt"),
            List.of(
                "Il faut exterminer les Peuls.",
                "Les Peuls célèbrent la fête ce week-end.",
                "« Les Dogons sont des cafards », a-t-il dit."));
    Run run = VigieCliTest.vigie("harm", posts.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode threat = mapper.readTree(lines.get(0));
    assertThat(threat.get("hostile").asBoolean()).isTrue();
    assertThat(threat.get("categories").toString()).contains("threat");
    assertThat(threat.get("targets").toString()).contains("Peuls");
    assertThat(threat.get("score").asDouble()).isBetween(0.5, 1.0);
    assertThat(mapper.readTree(lines.get(1)).get("hostile").asBoolean()).isFalse();
    JsonNode quoted = mapper.readTree(lines.get(2));
    assertThat(quoted.get("hostile").asBoolean()).isFalse();
    assertThat(quoted.get("reported").asBoolean()).isTrue();
  }

  @Test
  void aMissingFileIsAUserError() {
    Run run = VigieCliTest.vigie("harm", work.resolve("nothing.txt").toString());
    assertThat(run.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(run.err()).contains("nothing.txt").doesNotContain("Exception");
  }

  @Test
  void trainAndEvalSayClearlyWhenTheDataIsAbsent() {
    Run train =
        VigieCliTest.vigie("train", "harm", work.toString(), "--out", work.resolve("m").toString());
    assertThat(train.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(train.err()).contains("mlma/fr_dataset.csv");
    Run eval = VigieCliTest.vigie("eval", "harm", work.toString());
    assertThat(eval.exit()).isEqualTo(VigieCli.USAGE);
    assertThat(eval.err()).contains("../shared/eval/hate");
  }
}
