package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.analysis.harm.HarmClassifier;
import org.vigie.analysis.harm.HarmSignalJson;
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
          out.println(
              mapper.writeValueAsString(HarmSignalJson.write(mapper, classifier.classify(line))));
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
}
