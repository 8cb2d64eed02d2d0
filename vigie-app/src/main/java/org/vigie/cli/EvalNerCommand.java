package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.ner.EntityRecognizer;
import org.vigie.analysis.ner.NerCorpus;
import org.vigie.analysis.ner.NerEvaluation;
import org.vigie.analysis.ner.NerScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie eval ner FILE [--split test|train|all]}: entity-level precision, recall and F1 of
 * Vigie's recognizer on a token-per-line gold file ({@code token TAG}, IOB1 or IOB2), per type and
 * overall; exact span and type, as conlleval counts. The default split is {@code test}, the part of
 * the file the shipped model was not trained on ({@link NerCorpus}).
 */
@Command(name = "ner", description = "Entités nommées : précision, rappel et F1 par type.")
final class EvalNerCommand implements Callable<Integer> {
  @ParentCommand EvalCommand eval;

  @Parameters(paramLabel = "FILE", description = "Gold file: one 'token TAG' a line.")
  Path file;

  @Option(
      names = "--split",
      paramLabel = "test|train|all",
      description = "Which part of the file (default: test).")
  String split = "test";

  @Override
  public Integer call() {
    VigieCli cli = eval.cli;
    if (!Files.isRegularFile(file)) {
      throw new UserException(cli.messages().get("error.noSuchPath", file));
    }
    NerCorpus.Split which = parseSplit(split);
    List<NerCorpus.GoldSentence> gold;
    try {
      gold = NerCorpus.read(file, which);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long start = System.nanoTime();
    NerScore score = NerEvaluation.score(EntityRecognizer.standard(), gold);
    double seconds = (System.nanoTime() - start) / 1e9;
    cli.out.printf(
        Locale.ROOT,
        "%s, split %s: %d sentences, %d tokens, %.1f s%n",
        file.getFileName(),
        which.name().toLowerCase(Locale.ROOT),
        score.sentences(),
        score.tokens(),
        seconds);
    cli.out.print(score.table());
    return VigieCli.OK;
  }

  private static NerCorpus.Split parseSplit(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "test" -> NerCorpus.Split.TEST;
      case "train" -> NerCorpus.Split.TRAIN;
      case "all" -> NerCorpus.Split.ALL;
      default -> throw new UserException("--split: expected test, train or all, got '" + s + "'");
    };
  }
}
