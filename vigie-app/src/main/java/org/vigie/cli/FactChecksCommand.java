package org.vigie.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigie factchecks import|list}: the fact-checks claims are matched against. */
@Command(
    name = "factchecks",
    description = "Fact-checks (schema.org ClaimReview): import, list.",
    subcommands = {FactChecksImportCommand.class, FactChecksListCommand.class})
final class FactChecksCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }
}
