package org.vigie.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.vigie.archive.backup.BackupProgress.Step;

/**
 * Restores a backup into a new data folder: every file is checked against the manifest's SHA-256 as
 * it is copied, the catalog is taken out of its zip, and the manifest is left in the folder
 * ({@value BackupManifest#RESTORED}) so that {@code vigie verify} can compare. Refuses a non-empty
 * target; a restore that fails removes what it wrote.
 */
public final class ArchiveRestore {
  private final Consumer<BackupProgress> progress;

  public ArchiveRestore(Consumer<BackupProgress> progress) {
    this.progress = progress;
  }

  /**
   * Restores the backup in {@code backup} into {@code target}.
   *
   * @throws BackupException when the backup is incomplete or damaged, or the target not empty
   */
  public BackupManifest restore(Path backup, Path target) {
    BackupManifest manifest = BackupManifest.read(backup);
    Path folder = target.toAbsolutePath().normalize();
    if (folder.startsWith(backup.toAbsolutePath().normalize())) {
      throw new BackupException("restore into a folder outside the backup, not " + folder);
    }
    ArchiveBackup.refuseNonEmpty(folder);
    try {
      Files.createDirectories(folder);
      copy(manifest, backup, folder);
      return manifest;
    } catch (IOException | RuntimeException e) {
      try {
        Trees.delete(folder);
      } catch (IOException cleaning) {
        e.addSuppressed(cleaning);
      }
      if (e instanceof BackupException b) {
        throw b;
      }
      throw new BackupException(
          "the restore into " + folder + " failed and was removed: " + ArchiveBackup.reason(e), e);
    }
  }

  private void copy(BackupManifest manifest, Path backup, Path folder) throws IOException {
    long total = manifest.files().stream().mapToLong(BackupManifest.Entry::bytes).sum();
    long[] done = {0};
    for (BackupManifest.Entry entry : manifest.files()) {
      Path from = inside(backup, entry.path());
      if (!Files.isRegularFile(from)) {
        throw new BackupException(
            "the backup " + backup + " is damaged: " + entry.path() + " is missing");
      }
      boolean catalog = entry.path().equals(CatalogFiles.ZIP);
      Path to = catalog ? folder.resolve(".catalog.zip") : inside(folder, entry.path());
      String sha =
          FileCopy.copy(
              from,
              to,
              Files.size(from),
              n -> {
                done[0] += n;
                progress.accept(new BackupProgress(Step.FILES, done[0], total));
              });
      if (!sha.equals(entry.sha256()) || Files.size(to) != entry.bytes()) {
        throw new BackupException(
            "the backup "
                + backup
                + " is damaged: "
                + entry.path()
                + " does not match its SHA-256 in the manifest");
      }
      if (catalog) {
        CatalogFiles.unzip(to, folder);
        Files.delete(to);
      }
    }
    progress.accept(new BackupProgress(Step.MANIFEST, 0, 0));
    Files.copy(backup.resolve(BackupManifest.FILE), folder.resolve(BackupManifest.RESTORED));
  }

  /** {@code relative} under {@code root}, refused when it would lead outside. */
  static Path inside(Path root, String relative) {
    Path base = root.toAbsolutePath().normalize();
    Path p = base.resolve(relative).normalize();
    if (!p.startsWith(base) || p.equals(base)) {
      throw new BackupException("the manifest names a file outside the backup: " + relative);
    }
    return p;
  }
}
