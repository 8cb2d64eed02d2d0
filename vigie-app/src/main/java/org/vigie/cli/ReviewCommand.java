package org.vigie.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.review.ReviewFilter;
import org.vigie.archive.review.ReviewItem;
import org.vigie.archive.review.ReviewStatus;
import org.vigie.document.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie review list|backfill|export|threshold}: the review queue of flagged documents. */
@Command(
    name = "review",
    description = "File de revue : éléments signalés, rattrapage, décisions exportées, seuil.",
    subcommands = {
      ReviewCommand.ListItems.class,
      ReviewCommand.Backfill.class,
      ReviewCommand.Export.class,
      ReviewCommand.Threshold.class
    })
final class ReviewCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  @Command(name = "list", description = "Les éléments de la file, les plus récents d'abord.")
  static final class ListItems implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;

    @Option(
        names = "--status",
        description = "a_traiter, en_cours, non_concluant, confirme ou ecarte.")
    String status;

    @Option(names = "--limit", defaultValue = "50", description = "Au plus N éléments.")
    int limit;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      ReviewStatus s;
      try {
        s = status == null ? null : ReviewStatus.parse(status);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
      try (Archive archive = cli.openArchive()) {
        for (ReviewItem i :
            archive.review().list(new ReviewFilter(s, null, null, null, 0, Math.max(1, limit)))) {
          cli.out.println(
              cli.messages()
                  .get(
                      "review.line",
                      i.id(),
                      i.status().code(),
                      i.currentLabel(),
                      Math.round(i.score() * 100),
                      String.join(", ", i.targets()),
                      i.title() == null || i.title().isBlank() ? i.excerpt() : i.title()));
        }
      }
      return VigieCli.OK;
    }
  }

  @Command(
      name = "backfill",
      description = "Ajoute à la file les documents de l'archive signalés au-dessus du seuil.")
  static final class Backfill implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        long added = archive.backfillReview();
        cli.out.println(
            cli.messages().get("review.backfilled", added, archive.review().threshold()));
      }
      return VigieCli.OK;
    }
  }

  @Command(
      name = "export",
      description =
          "Les décisions (confirmé, écarté) en lignes JSON, données d'entraînement de"
              + " 'vigie train harm --with-reviews FICHIER'.")
  static final class Export implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;

    @Option(names = "--out", paramLabel = "FILE", description = "Fichier à écrire (- : sortie).")
    String out = "-";

    @Override
    public Integer call() throws IOException {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        if (out.equals("-")) {
          Writer w = new OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
          archive.review().decisions().writeJsonLines(Signal.HARM, w);
          return VigieCli.OK;
        }
        Path file = Path.of(out);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          int n = archive.review().decisions().writeJsonLines(Signal.HARM, w);
          cli.out.println(cli.messages().get("review.exported", n, file));
        }
      }
      return VigieCli.OK;
    }
  }

  @Command(
      name = "threshold",
      description = "Le score à partir duquel un discours hostile entre dans la file (0 à 1).")
  static final class Threshold implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;

    @Parameters(arity = "0..1", paramLabel = "SCORE", description = "Le nouveau seuil.")
    Double value;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        if (value != null) {
          try {
            archive.review().threshold(value);
          } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
          }
        }
        cli.out.println(cli.messages().get("review.threshold", archive.review().threshold()));
      }
      return VigieCli.OK;
    }
  }
}
