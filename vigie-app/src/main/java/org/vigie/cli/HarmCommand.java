package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.analysis.harm.EvidenceSpan;
import org.vigie.analysis.harm.HarmClassifier;
import org.vigie.analysis.harm.HarmSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie harm FILE…}: labels each line of the files ({@code -} = standard input) as hostile
 * or not, printing one JSON object per line in input order. The model is loaded once.
 */
@Command(
    name = "harm",
    description = "Hostile speech: one JSON verdict per input line (- = stdin).")
final class HarmCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Text files, one post a line; - for stdin.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    HarmText text = new HarmText(cli.messages());
    for (String f : files) {
      if (!f.equals("-") && !Files.isRegularFile(Path.of(f))) {
        throw new UserException(text.get("harm.noFile", f));
      }
    }
    HarmClassifier classifier = HarmClassifier.load();
    ObjectMapper mapper = new ObjectMapper();
    PrintStream out = cli.out;
    for (String f : files) {
      try (BufferedReader reader = open(f)) {
        String line;
        while ((line = reader.readLine()) != null) {
          out.println(mapper.writeValueAsString(json(mapper, classifier.classify(line))));
        }
      }
    }
    out.flush();
    return VigieCli.OK;
  }

  private static BufferedReader open(String f) throws IOException {
    return f.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8);
  }

  static ObjectNode json(ObjectMapper mapper, HarmSignal s) {
    ObjectNode node = mapper.createObjectNode();
    node.put("hostile", s.hostile());
    node.put("score", Math.round(s.score() * 1000) / 1000.0);
    node.put("label", s.label());
    ArrayNode categories = node.putArray("categories");
    s.categories().stream().sorted().forEach(categories::add);
    ArrayNode targets = node.putArray("targets");
    s.targets().forEach(targets::add);
    node.put("reported", s.reported());
    ArrayNode evidence = node.putArray("evidence");
    for (EvidenceSpan e : s.evidence()) {
      evidence
          .addObject()
          .put("start", e.start())
          .put("end", e.end())
          .put("text", e.text())
          .put("kind", e.kind());
    }
    return node;
  }
}
