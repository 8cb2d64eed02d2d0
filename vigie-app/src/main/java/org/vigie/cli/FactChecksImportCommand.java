package org.vigie.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.claims.ClaimRecords.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie factchecks import FILE|URL…}: imports ClaimReview data feeds, reviews or
 * fact-checkers' pages (JSON-LD) from files or addresses. A malformed file stops with its place
 * named (exit code 2); what the files before it held stays imported.
 */
@Command(
    name = "import",
    description = "Import ClaimReview feeds or fact-checkers' pages (files or http(s) addresses).")
final class FactChecksImportCommand implements Callable<Integer> {
  @ParentCommand FactChecksCommand parent;

  @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Files or http(s) addresses.")
  List<String> inputs;

  @Option(names = "--allow-private", description = "Allow addresses on private networks.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    try (Archive archive = cli.openArchive()) {
      for (String input : inputs) {
        ImportResult r =
            input.matches("(?i)https?://.*")
                ? archive.factChecks().importUrl(input, allowPrivate)
                : archive.factChecks().importFile(Path.of(input));
        cli.out.println(
            cli.messages().get("factchecks.imported", input, r.read(), r.added(), r.updated()));
      }
      cli.out.println(cli.messages().get("factchecks.total", archive.factChecks().count()));
    }
    return VigieCli.OK;
  }
}
