package org.vigie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.archive.backup.ArchiveRestore;
import org.vigie.archive.backup.BackupManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie restore DIR --data NEW}: the backup in DIR becomes the data folder NEW, every file
 * checked against the manifest's SHA-256. NEW must be new or empty.
 */
@Command(name = "restore", description = "Restore a backup into a new, empty data folder (--data).")
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Parameters(index = "0", paramLabel = "DIR", description = "The backup folder.")
  Path backup;

  @Override
  public Integer call() {
    Messages text = cli.messages();
    Path target = cli.dataFolder();
    BackupBar bar = new BackupBar(cli.err, System.console() != null, text);
    BackupManifest manifest = new ArchiveRestore(bar::update).restore(backup, target);
    bar.finish();
    cli.out.println(
        text.get("restore.done", backup, target, manifest.documents(), manifest.files().size()));
    return VigieCli.OK;
  }
}
