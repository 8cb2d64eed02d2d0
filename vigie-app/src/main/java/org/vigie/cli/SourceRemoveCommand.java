package org.vigie.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie source remove ID}: takes a source out of the registry; its documents stay. */
@Command(name = "remove", description = "Remove a source (its runs and documents are kept).")
final class SourceRemoveCommand implements Callable<Integer> {
  @ParentCommand SourceCommand parent;

  @Parameters(paramLabel = "ID", description = "The source's id.")
  String id;

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    try (Archive archive = cli.openArchive()) {
      if (!archive.catalog().sources().remove(id, Instant.now())) {
        throw new UserException(cli.messages().get("source.unknown", id));
      }
    }
    cli.out.println(cli.messages().get("source.removed", id));
    return VigieCli.OK;
  }
}
