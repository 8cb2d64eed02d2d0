package org.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigie eval …}: measures Vigie's analysis against gold data; one subcommand per task. */
@Command(
    name = "eval",
    description = "Mesure la qualité d'une analyse sur des données de référence.",
    subcommands = {EvalNerCommand.class})
final class EvalCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new CommandLine(this).usage(cli.out);
  }
}
