package org.vigie.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval TASK ...}: measures one of Vigie's analyses against a gold data set. Each task
 * is a subcommand: adding one is one line in {@code subcommands}.
 */
@Command(
    name = "eval",
    description = "Measure an analysis against a gold data set.",
    subcommands = {
      EvalLangidCommand.class,
      EvalNerCommand.class,
      EvalDedupCommand.class,
      EvalHarmCommand.class,
      EvalTopicsCommand.class,
      EvalClaimsCommand.class
    })
final class EvalCommand implements Runnable {
  @ParentCommand VigieCli cli;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing task to evaluate: langid, ner, dedup, harm or topics");
  }
}
