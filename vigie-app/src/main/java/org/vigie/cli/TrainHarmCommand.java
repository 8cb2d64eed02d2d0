package org.vigie.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.analysis.harm.HarmModelTrainer;
import org.vigie.analysis.harm.HateCorpus;
import org.vigie.analysis.harm.LabeledPost;
import org.vigie.analysis.harm.ReviewedPosts;
import org.vigie.archive.Archive;
import org.vigie.document.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie train harm [FOLDER] --out FILE}: trains the hostility model on the train splits of
 * MLMA and FTR ({@code ../shared/eval/hate} by default), choosing its settings by cross-validation
 * on train and its thresholds on dev. Deterministic.
 */
@Command(
    name = "harm",
    description = "Train the hostility model (MLMA and FTR under ../shared/eval/hate).")
final class TrainHarmCommand implements Callable<Integer> {
  @ParentCommand TrainCommand parent;

  @Parameters(
      paramLabel = "FOLDER",
      arity = "0..1",
      description = "Folder with mlma/ and ftr/ (default: ../shared/eval/hate).")
  Path folder = HarmText.DEFAULT_DATA;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model to write.")
  Path out;

  @Option(
      names = "--with-reviews",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "FILE",
      description =
          "Add reviewers' decisions to the train split (confirmed = hostile, rejected = not):"
              + " from the archive's review queue (--data), or from a JSON-lines FILE exported"
              + " by 'vigie review export'.")
  String withReviews;

  @Override
  public Integer call() throws IOException {
    HarmText text = new HarmText(parent.cli.messages());
    long start = System.nanoTime();
    List<HateCorpus.DataSet> data = text.read(folder);
    data.forEach(d -> parent.cli.out.println(text.decoding(d)));
    List<LabeledPost> reviewed = reviewed(text);
    HarmModelTrainer.Training training =
        new HarmModelTrainer(HarmModelTrainer.Settings.DEFAULT).train(data, reviewed);
    if (withReviews != null) {
      parent.cli.out.println(
          text.get("harm.reviews", training.reviewed(), training.reviewedDropped()));
    }
    for (HarmModelTrainer.HeadReport h : training.heads()) {
      parent.cli.out.println(
          text.get(
              "harm.head",
              h.name(),
              h.train(),
              h.dev(),
              h.cost(),
              h.positiveWeight(),
              h.cvMacroF1(),
              h.devMacroF1()));
    }
    Path parentFolder = out.toAbsolutePath().getParent();
    if (parentFolder != null) {
      Files.createDirectories(parentFolder);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      training.model().write(stream);
    }
    parent.cli.out.println(
        text.get("harm.trained", out, Files.size(out) / 1024, (System.nanoTime() - start) / 1e9));
    return VigieCli.OK;
  }

  /** The reviewers' decisions asked for: none, the archive's, or a file's. */
  private List<LabeledPost> reviewed(HarmText text) throws IOException {
    if (withReviews == null) {
      return List.of();
    }
    if (withReviews.isBlank()) {
      try (Archive archive = parent.cli.openArchive()) {
        return archive.review().decisions().decided(Signal.HARM).stream()
            .map(
                d ->
                    new LabeledPost(
                        ReviewedPosts.DATASET, d.item().id(), d.item().excerpt(), d.confirmed()))
            .toList();
      }
    }
    Path file = Path.of(withReviews);
    if (!Files.isRegularFile(file)) {
      throw new UserException(text.get("harm.noReviews", file));
    }
    ReviewedPosts.Read read = ReviewedPosts.read(file);
    if (!read.skipped().isEmpty()) {
      parent.cli.out.println(
          text.get(
              "harm.reviewsSkipped",
              file,
              read.skipped().size(),
              read.skipped().subList(0, Math.min(5, read.skipped().size())).toString()));
    }
    return read.posts();
  }
}
