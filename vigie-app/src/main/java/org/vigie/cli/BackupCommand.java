package org.vigie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.backup.ArchiveBackup;
import org.vigie.archive.backup.BackupControl;
import org.vigie.archive.backup.BackupManifest;
import org.vigie.store.DataFolderBusyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie backup --to DIR}: a consistent copy of the data folder while it stays in use. When
 * another process holds the folder (a server, an ingest), the backup is made by that process, asked
 * through the folder's control socket ({@link BackupControl}); otherwise this one opens the archive
 * itself.
 */
@Command(
    name = "backup",
    description =
        "Back up the archive (index, catalog, WARC files) into a new folder, even while a server"
            + " or an ingest runs.")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "A new or empty folder for the backup.")
  Path to;

  @Override
  public Integer call() {
    Messages text = cli.messages();
    Path data = cli.dataFolder();
    if (!java.nio.file.Files.isDirectory(data)) {
      throw new UserException(text.get("error.noSuchPath", data));
    }
    Path target = to.toAbsolutePath().normalize();
    BackupBar bar = new BackupBar(cli.err, System.console() != null, text);
    long start = System.nanoTime();
    BackupManifest manifest;
    if (BackupControl.reachable(data)) {
      cli.err.println(text.get("backup.remote", data));
      manifest = BackupControl.backup(data, target, bar::update);
    } else {
      try (Archive archive = Archive.open(data, cli.backend.resolve(data))) {
        manifest = new ArchiveBackup(archive, bar::update).to(target);
      } catch (DataFolderBusyException e) {
        throw new UserException(text.get("backup.busy", data, data.resolve(BackupControl.SOCKET)));
      }
    }
    bar.finish();
    long bytes = manifest.files().stream().mapToLong(BackupManifest.Entry::bytes).sum();
    cli.out.println(
        text.get(
            "backup.done",
            target,
            manifest.documents(),
            manifest.files().size() + 1,
            String.format(text.locale(), "%.1f", bytes / 1e6),
            manifest.pointInTime(),
            String.format(text.locale(), "%.1f", (System.nanoTime() - start) / 1e9)));
    return VigieCli.OK;
  }
}
