package org.vigie.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.vigie.archive.Archive;
import org.vigie.archive.backup.BackupProgress.Step;
import org.vigie.store.DataFolderBusyException;
import org.vigie.store.StoreSnapshot;
import org.vigie.store.lucene.LuceneCheck;

/**
 * Checks that an archive's parts agree: the index (Lucene checksums of every file of its commit,
 * one document per id), the catalog (it opens, its migrations succeeded, the documents its stored
 * live posts name are in the index, its report files are there with their SHA-256), the archived
 * originals (every WARC file's records whole, every document's original where it says, with its
 * digests). In a backup, every file must match the manifest's SHA-256, and the documents (count and
 * ids) and the catalog's rows must be those the manifest counted; in a restored data folder, the
 * WARC and report files too, and the documents while the index is still as restored.
 */
public final class ArchiveVerify {
  private final Consumer<BackupProgress> progress;

  public ArchiveVerify(Consumer<BackupProgress> progress) {
    this.progress = progress;
  }

  /**
   * What a check found.
   *
   * @param kind {@code backup}, {@code folder} (a data folder no process holds) or {@code open}
   *     (the archive of the process asked)
   * @param documents documents in the index
   * @param originals documents whose archived original lies in the folder (all checked)
   * @param warcFiles WARC files checked
   * @param problems what disagrees, by the file, table or document it concerns; empty when all
   *     agree
   */
  public record Report(
      String kind, long documents, long originals, long warcFiles, Map<String, String> problems) {
    public Report {
      problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Checks a backup folder ({@value BackupManifest#FILE}) or a data folder no process has open. */
  public Report check(Path folder) {
    if (Files.isRegularFile(folder.resolve(BackupManifest.FILE))) {
      return backup(folder);
    }
    if (!Files.isDirectory(folder.resolve("index"))
        && !Files.isRegularFile(folder.resolve(CatalogFiles.DATABASE))) {
      throw new BackupException(folder + " is neither a Vigie data folder nor a complete backup");
    }
    return dataFolder(folder);
  }

  /** Checks the archive a process has open, on a snapshot of its index (writes go on). */
  public Report check(Archive archive) {
    ArchiveChecks checks = new ArchiveChecks(archive.folder(), progress);
    try (Connection c = archive.catalog().dataSource().getConnection()) {
      checks.catalog(c);
    } catch (SQLException e) {
      checks.problem("catalog", "cannot be read: " + e.getMessage());
    }
    try (StoreSnapshot snapshot = archive.store().snapshot(() -> {})) {
      progress.accept(new BackupProgress(Step.SNAPSHOT, 0, 0));
      checks.expect(snapshot.documents());
      LuceneCheck.Result index =
          LuceneCheck.check(snapshot.root(), snapshot.generation(), checks::document);
      return finish("open", checks, index, true);
    } catch (UnsupportedOperationException e) {
      throw new BackupException("the documents are kept by another backend: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BackupException("cannot check " + archive.folder() + ": " + e.getMessage(), e);
    }
  }

  private Report dataFolder(Path folder) {
    ArchiveChecks checks = new ArchiveChecks(folder, progress);
    BackupManifest restored = restoredFrom(folder, checks);
    if (Files.isRegularFile(folder.resolve(CatalogFiles.DATABASE))) {
      try (Connection c = CatalogFiles.open(folder)) {
        checks.catalog(c);
      } catch (SQLException e) {
        if (e.getMessage() != null && e.getMessage().contains("already in use")) {
          throw new DataFolderBusyException(folder);
        }
        checks.problem(CatalogFiles.DATABASE, "cannot be opened: " + e.getMessage());
      }
    } else {
      checks.problem(CatalogFiles.DATABASE, "the catalog is missing");
    }
    LuceneCheck.Result index = LuceneCheck.check(folder.resolve("index"), null, checks::document);
    if (restored != null && restored.indexGeneration().equals(index.generation())) {
      compare(restored, index, checks);
    }
    try {
      return finish("folder", checks, index, false);
    } catch (IOException e) {
      throw new BackupException("cannot check " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The manifest of the backup the folder was restored from; its WARC and report files checked. */
  private BackupManifest restoredFrom(Path folder, ArchiveChecks checks) {
    Path file = folder.resolve(BackupManifest.RESTORED);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    BackupManifest m = BackupManifest.readFile(file, folder);
    for (BackupManifest.Entry e : m.files()) {
      if (ArchiveBackup.FOLDERS.stream().anyMatch(f -> e.path().startsWith(f + "/"))) {
        entry(folder, e, checks, "restored");
      }
    }
    return m;
  }

  private Report backup(Path folder) {
    BackupManifest m = BackupManifest.read(folder);
    ArchiveChecks checks = new ArchiveChecks(folder, progress);
    long total = m.files().stream().mapToLong(BackupManifest.Entry::bytes).sum();
    long done = 0;
    for (BackupManifest.Entry e : m.files()) {
      entry(folder, e, checks, "backed up");
      done += e.bytes();
      progress.accept(new BackupProgress(Step.FILES, done, total));
    }
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("vigie-verify");
      CatalogFiles.unzip(ArchiveRestore.inside(folder, CatalogFiles.ZIP), scratch);
      try (Connection c = CatalogFiles.open(scratch)) {
        checks.catalog(c);
        Map<String, Long> rows = CatalogFiles.rows(c);
        if (!rows.equals(m.catalogRows())) {
          checks.problem(
              CatalogFiles.ZIP,
              "the catalog's rows " + rows + " are not those of the manifest " + m.catalogRows());
        }
      }
    } catch (IOException | SQLException | BackupException e) {
      checks.problem(CatalogFiles.ZIP, "the catalog cannot be read: " + e.getMessage());
    } finally {
      deleteQuietly(scratch);
    }
    checks.expect(m.documents());
    LuceneCheck.Result index =
        LuceneCheck.check(folder.resolve("index"), m.indexGeneration(), checks::document);
    compare(m, index, checks);
    try {
      return finish("backup", checks, index, false);
    } catch (IOException e) {
      throw new BackupException("cannot check " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void entry(
      Path folder, BackupManifest.Entry e, ArchiveChecks checks, String when) {
    try {
      Path file = ArchiveRestore.inside(folder, e.path());
      if (!Files.isRegularFile(file)) {
        checks.problem(e.path(), "missing (it was " + when + ")");
      } else if (Files.size(file) != e.bytes()) {
        checks.problem(e.path(), Files.size(file) + " bytes, not the " + e.bytes() + " " + when);
      } else if (!FileCopy.sha256(file, n -> {}).equals(e.sha256())) {
        checks.problem(e.path(), "does not match its SHA-256 in the manifest (changed or damaged)");
      }
    } catch (IOException | BackupException x) {
      checks.problem(e.path(), "cannot be read: " + x.getMessage());
    }
  }

  private static void compare(BackupManifest m, LuceneCheck.Result index, ArchiveChecks checks) {
    if (!index.problems().isEmpty()) {
      return;
    }
    if (index.documents() != m.documents()) {
      checks.problem(
          "index", index.documents() + " documents, the manifest counted " + m.documents());
    } else if (!index.idsDigest().equals(m.idsDigest())) {
      checks.problem("index", "the documents' ids are not those the manifest lists (ids digest)");
    }
  }

  private Report finish(
      String kind, ArchiveChecks checks, LuceneCheck.Result index, boolean appending)
      throws IOException {
    index.problems().forEach(checks::problem);
    checks.afterDocuments();
    long warc = checks.warcFiles(appending);
    return new Report(kind, index.documents(), checks.originals(), warc, checks.problems());
  }

  private static void deleteQuietly(Path scratch) {
    try {
      if (scratch != null) {
        Trees.delete(scratch);
      }
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
