package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.RetagJob;
import org.vigie.link.topics.TaxonomyFile;
import org.vigie.link.topics.Topic;
import org.vigie.search.MixedOperators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie topics list|import FILE|export FILE}: the archive's topic taxonomy. */
@Command(
    name = "topics",
    description = "The topic taxonomy: list, import or export it (JSON).",
    subcommands = {
      TopicsCommand.ListTopics.class,
      TopicsCommand.ImportTopics.class,
      TopicsCommand.ExportTopics.class
    })
final class TopicsCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  /** {@code vigie topics list}: one line per topic (id, category path, name, query). */
  @Command(name = "list", description = "List the topics.")
  static final class ListTopics implements Callable<Integer> {
    @ParentCommand TopicsCommand parent;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = Archive.open(cli.dataFolder())) {
        List<Topic> topics = archive.topics().list();
        if (topics.isEmpty()) {
          cli.out.println(cli.messages().get("topics.none"));
        }
        for (Topic t : topics) {
          cli.out.println(t.id() + "\t" + t.categoryPath() + "\t" + t.name() + "\t" + t.query());
        }
        warnMixed(cli, topics);
      }
      return VigieCli.OK;
    }
  }

  /**
   * {@code vigie topics import FILE}: creates or replaces the file's topics and re-tags the archive
   * with each, showing progress; bad topics are reported and skipped.
   */
  @Command(name = "import", description = "Import topics from a JSON file (created or replaced).")
  static final class ImportTopics implements Callable<Integer> {
    @ParentCommand TopicsCommand parent;

    @Parameters(paramLabel = "FILE", description = "A taxonomy file (vigie topics export).")
    Path file;

    @Override
    public Integer call() throws InterruptedException {
      VigieCli cli = parent.cli;
      Messages text = cli.messages();
      if (!Files.isRegularFile(file)) {
        throw new UserException("no such file: " + file);
      }
      TaxonomyFile.Read read;
      try {
        read = TaxonomyFile.read(file);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage(), e);
      }
      read.errors().forEach(e -> cli.err.println(text.get("topics.skipped", e)));
      warnMixed(cli, read.topics());
      try (Archive archive = Archive.open(cli.dataFolder())) {
        List<RetagJob> jobs = archive.topics().importTopics(read.topics());
        cli.out.println(
            text.get(
                "topics.imported", read.topics().size(), file, read.errors().size(), jobs.size()));
        for (RetagJob job : jobs) {
          while (!job.finished()) {
            Thread.sleep(50);
          }
          cli.out.println(text.get("topics.retag", job.topicId(), job.gained(), job.lost()));
        }
        archive.topics().awaitIdle(Duration.ofHours(1));
      }
      return read.errors().isEmpty() ? VigieCli.OK : VigieCli.USAGE;
    }
  }

  /**
   * Warns, on the error stream, of each topic whose query mixes OU and ET without parentheses (the
   * query stays as it is: ET binds first, which may be what its author meant).
   */
  static void warnMixed(VigieCli cli, List<Topic> topics) {
    TopicsText text = new TopicsText(cli.messages());
    for (Topic t : topics) {
      MixedOperators.find(t.query())
          .ifPresent(at -> cli.err.println(text.get("topics.mixed", t.id(), at + 1)));
    }
  }

  /** {@code vigie topics export FILE}: writes the taxonomy as JSON. */
  @Command(name = "export", description = "Export the topics to a JSON file.")
  static final class ExportTopics implements Callable<Integer> {
    @ParentCommand TopicsCommand parent;

    @Parameters(paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = Archive.open(cli.dataFolder())) {
        List<Topic> topics = archive.topics().list();
        TaxonomyFile.write(file, topics);
        cli.out.println(cli.messages().get("topics.exported", topics.size(), file));
      }
      return VigieCli.OK;
    }
  }
}
