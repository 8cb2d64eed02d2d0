package org.vigie.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.analysis.language.LabeledText;
import org.vigie.analysis.language.RegionalModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie train langid FOLDER --out FILE}: trains the regional language model on the {@code
 * train.tsv} files of a SIB-200-like folder and writes it. The Bambara/Dyula margin is chosen by
 * cross-validation on the same training texts, so the dev split stays unseen. Deterministic: the
 * same data and options give the same file.
 */
@Command(
    name = "langid",
    description = "Train the regional language model (SIB-200 layout: <lang>_<Script>/train.tsv).")
final class TrainLangidCommand implements Callable<Integer> {
  @ParentCommand TrainCommand parent;

  @Parameters(paramLabel = "FOLDER", description = "One subfolder per language.")
  Path folder;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model to write.")
  Path out;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds (${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--target-precision",
      defaultValue = "0.99",
      description = "How often a Bambara or Dyula answer must be right (${DEFAULT-VALUE}).")
  double targetPrecision;

  @Option(names = "--bits", defaultValue = "18", description = "2^bits buckets (${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--epochs", defaultValue = "8", description = "Passes (${DEFAULT-VALUE}).")
  int epochs;

  @Override
  public Integer call() throws IOException {
    Messages text = parent.cli.messages();
    long start = System.nanoTime();
    List<LabeledText> texts = LangidCorpus.read(folder, "train", text);
    RegionalModelTrainer.Settings defaults = RegionalModelTrainer.Settings.DEFAULT;
    RegionalModelTrainer.Settings settings =
        new RegionalModelTrainer.Settings(
            bits,
            defaults.maxN(),
            epochs,
            defaults.learningRate(),
            defaults.fragmentsPerText(),
            defaults.seed());
    RegionalModelTrainer.Training training = train(new RegionalModelTrainer(settings), texts, text);
    write(training);
    parent.cli.out.println(
        text.get(
            "train.langid.done",
            texts.size(),
            training.margin(),
            training.precision(),
            training.coverage(),
            training.heldOutTexts(),
            out,
            Files.size(out) / 1024,
            (System.nanoTime() - start) / 1e9));
    return VigieCli.OK;
  }

  private RegionalModelTrainer.Training train(
      RegionalModelTrainer trainer, List<LabeledText> texts, Messages text) {
    try {
      return trainer.trainTuned(texts, folds, targetPrecision);
    } catch (IllegalArgumentException e) {
      throw new UserException(text.get("error.badOption", e.getMessage()), e);
    }
  }

  private void write(RegionalModelTrainer.Training training) throws IOException {
    Path parentFolder = out.toAbsolutePath().getParent();
    if (parentFolder != null) {
      Files.createDirectories(parentFolder);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      training.detector().write(stream);
    }
  }
}
