package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.archive.backup.ArchiveVerify;
import org.vigie.archive.backup.BackupControl;
import org.vigie.archive.backup.BackupManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie verify [DIR]}: checks that a data folder's (or a backup's) index, catalog and
 * archived originals agree; exits {@value #DISAGREE} naming every disagreement. A data folder that
 * another process holds is checked by that process, through its control socket.
 */
@Command(
    name = "verify",
    description =
        "Check that the index, the catalog and the archived originals agree (a data folder, by"
            + " default --data, or a backup folder).")
final class VerifyCommand implements Callable<Integer> {
  /** The exit code when something disagrees. */
  static final int DISAGREE = 3;

  @ParentCommand VigieCli cli;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "A backup or data folder (default: the data folder).")
  Path folder;

  @Override
  public Integer call() {
    Messages text = cli.messages();
    Path target = folder != null ? folder : cli.dataFolder();
    if (!Files.isDirectory(target)) {
      throw new UserException(text.get("error.noSuchPath", target));
    }
    BackupBar bar = new BackupBar(cli.err, System.console() != null, text);
    ArchiveVerify.Report report;
    if (!Files.exists(target.resolve(BackupManifest.FILE)) && BackupControl.reachable(target)) {
      cli.err.println(text.get("verify.remote", target));
      report = BackupControl.verify(target, bar::update);
    } else {
      report = new ArchiveVerify(bar::update).check(target);
    }
    bar.finish();
    if (report.ok()) {
      cli.out.println(
          text.get(
              "verify.ok",
              target,
              text.get("verify.kind." + report.kind()),
              report.documents(),
              report.originals(),
              report.warcFiles()));
      return VigieCli.OK;
    }
    cli.out.println(
        text.get(
            "verify.failed",
            target,
            text.get("verify.kind." + report.kind()),
            report.problems().size(),
            report.documents(),
            report.originals(),
            report.warcFiles()));
    report
        .problems()
        .forEach((where, what) -> cli.out.println(text.get("verify.problem", where, what)));
    return DISAGREE;
  }
}
