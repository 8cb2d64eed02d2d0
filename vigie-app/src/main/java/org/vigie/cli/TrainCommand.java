package org.vigie.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigie train MODEL ...}: trains one of Vigie's models from data; one subcommand each. */
@Command(
    name = "train",
    description = "Train one of Vigie's models from data.",
    subcommands = {TrainLangidCommand.class, TrainHarmCommand.class})
final class TrainCommand implements Runnable {
  @ParentCommand VigieCli cli;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing model to train: langid");
  }
}
