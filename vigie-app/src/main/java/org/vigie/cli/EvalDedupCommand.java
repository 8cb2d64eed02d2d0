package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.link.dedup.NearDuplicateDetector;
import org.vigie.link.dedup.NearDuplicateEvaluation;
import org.vigie.link.dedup.NewsArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie eval dedup FOLDER [--seed N]}: precision and recall of near-duplicate detection on
 * generated copies of the articles of a MasakhaNEWS language folder ({@code dev.tsv}, {@code
 * test.tsv}); see {@link NearDuplicateEvaluation}.
 */
@Command(
    name = "dedup",
    description = "Quasi-doublons : précision et rappel sur des copies générées.")
final class EvalDedupCommand implements Callable<Integer> {
  @ParentCommand EvalCommand eval;

  @Parameters(
      paramLabel = "FOLDER",
      description = "A MasakhaNEWS folder with dev.tsv and test.tsv.")
  Path folder;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the copy generator.")
  long seed;

  @Override
  public Integer call() {
    VigieCli cli = eval.cli;
    if (!Files.isRegularFile(folder.resolve("dev.tsv"))
        || !Files.isRegularFile(folder.resolve("test.tsv"))) {
      throw new UserException(cli.messages().get("error.noSuchPath", folder.resolve("dev.tsv")));
    }
    List<NewsArticle> articles;
    try {
      articles = NewsArticle.read(folder, "dev", "test");
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    cli.out.printf(
        Locale.ROOT,
        "%s, seed %d: %d hashes, %d bands × %d rows, threshold %.2f%n",
        folder,
        seed,
        detector.hasher().hashes(),
        detector.bands().bands(),
        detector.bands().rows(),
        detector.threshold());
    cli.out.print(NearDuplicateEvaluation.run(detector, articles, seed).table());
    return VigieCli.OK;
  }
}
