package org.vigie.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.vigie.archive.Archive;
import org.vigie.archive.backup.BackupProgress.Step;
import org.vigie.store.StoreSnapshot;
import org.vigie.store.lucene.LuceneCheck;

/**
 * Backs up an archive while it stays in use: the index's commit pinned by a snapshot, the catalog
 * copied by H2's online backup at the same point in time (writes paused for both), then the WARC
 * files (their complete records), the reports and {@code vigie.properties}; the copy is checked
 * (Lucene checksums, document count) and the manifest, with every file's SHA-256, is written last.
 * A backup that fails is removed: a folder without a manifest is never taken for a backup.
 */
public final class ArchiveBackup {
  /** What is copied from the data folder beside the index and the catalog. */
  static final List<String> FOLDERS = List.of("warc", "reports");

  static final String SETTINGS = "vigie.properties";

  private final Archive archive;
  private final Consumer<BackupProgress> progress;
  private final Clock clock;

  public ArchiveBackup(Archive archive, Consumer<BackupProgress> progress) {
    this(archive, progress, Clock.systemUTC());
  }

  ArchiveBackup(Archive archive, Consumer<BackupProgress> progress, Clock clock) {
    this.archive = archive;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Backs up into {@code target}, a new or empty folder.
   *
   * @throws BackupException when the target is not empty or the backup failed (it is then removed)
   */
  public BackupManifest to(Path target) {
    Path folder = target.toAbsolutePath().normalize();
    refuseInside(folder);
    refuseNonEmpty(folder);
    try {
      Files.createDirectories(folder);
      return copy(folder);
    } catch (IOException | RuntimeException e) {
      removeQuietly(folder, e);
      throw new BackupException(
          "the backup to " + folder + " failed and was removed: " + reason(e), e);
    }
  }

  /** A backup inside what it copies would copy itself. */
  private void refuseInside(Path folder) {
    Path data = archive.folder().toAbsolutePath().normalize();
    if (data.startsWith(folder)) {
      throw new BackupException("the backup folder " + folder + " holds the data folder " + data);
    }
    for (String part : List.of("index", "warc", "reports")) {
      if (folder.startsWith(data.resolve(part))) {
        throw new BackupException(
            "the backup folder " + folder + " must lie outside the data folder's " + part + "/");
      }
    }
  }

  static void refuseNonEmpty(Path folder) {
    try {
      if (!Trees.isEmpty(folder)) {
        throw new BackupException(
            folder + " is not empty: give a new or empty folder (nothing was written)");
      }
    } catch (IOException e) {
      throw new BackupException("cannot read " + folder + ": " + e.getMessage(), e);
    }
  }

  private BackupManifest copy(Path folder) throws IOException {
    Path zip = folder.resolve(CatalogFiles.ZIP);
    AtomicReference<Instant> pointInTime = new AtomicReference<>();
    progress.accept(new BackupProgress(Step.SNAPSHOT, 0, 0));
    List<BackupManifest.Entry> entries = new ArrayList<>();
    StoreSnapshot snapshot;
    try {
      snapshot =
          archive
              .store()
              .snapshot(
                  () -> {
                    archive.catalog().backupTo(zip);
                    pointInTime.set(clock.instant());
                  });
    } catch (UnsupportedOperationException e) {
      throw new BackupException("the documents are kept by another backend: " + e.getMessage(), e);
    }
    Tally tally = new Tally(progress, total(snapshot));
    try (snapshot) {
      for (String name : snapshot.files()) {
        Path from = snapshot.root().resolve(name);
        entries.add(tally.copy(from, folder.resolve("index").resolve(name), folder));
      }
    }
    entries.add(tally.hash(zip, folder));
    for (Path from : others()) {
      entries.add(
          tally.copyComplete(from, folder.resolve(archive.folder().relativize(from)), folder));
    }
    Map<String, Long> rows = catalogRows(zip, folder.resolve(".catalog-check"));
    progress.accept(new BackupProgress(Step.DOCUMENTS, 0, snapshot.documents()));
    LuceneCheck.Result index =
        LuceneCheck.check(folder.resolve("index"), snapshot.generation(), d -> {});
    if (!index.problems().isEmpty() || index.documents() != snapshot.documents()) {
      throw new IOException(
          "the copy of the index does not check: "
              + index.problems()
              + " ("
              + index.documents()
              + " documents copied of "
              + snapshot.documents()
              + ")");
    }
    progress.accept(new BackupProgress(Step.MANIFEST, 0, 0));
    BackupManifest manifest =
        new BackupManifest(
            BackupManifest.FORMAT,
            pointInTime.get(),
            "embedded",
            snapshot.generation(),
            snapshot.documents(),
            index.idsDigest(),
            rows,
            entries);
    manifest.write(folder.resolve(BackupManifest.FILE));
    return manifest;
  }

  /** The files beside the index and the catalog: WARC files, reports, settings. */
  private List<Path> others() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : FOLDERS) {
      files.addAll(Trees.files(archive.folder().resolve(name)));
    }
    Path settings = archive.folder().resolve(SETTINGS);
    if (Files.isRegularFile(settings)) {
      files.add(settings);
    }
    return files;
  }

  private long total(StoreSnapshot snapshot) throws IOException {
    long bytes = 0;
    for (String name : snapshot.files()) {
      bytes += Files.size(snapshot.root().resolve(name));
    }
    for (Path p : others()) {
      bytes += Files.size(p);
    }
    return bytes;
  }

  private static Map<String, Long> catalogRows(Path zip, Path scratch) throws IOException {
    try {
      return CatalogFiles.rowsOfZip(zip, scratch);
    } catch (SQLException e) {
      throw new IOException("the copy of the catalog cannot be read: " + e.getMessage(), e);
    }
  }

  private static void removeQuietly(Path folder, Exception failure) {
    try {
      Trees.delete(folder);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.contains("No space left")) {
        return "no space left on the device";
      }
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Copies files and counts the bytes done. */
  private static final class Tally {
    private final Consumer<BackupProgress> progress;
    private final long total;
    private long done;

    Tally(Consumer<BackupProgress> progress, long total) {
      this.progress = progress;
      this.total = total;
    }

    BackupManifest.Entry copy(Path from, Path to, Path root) throws IOException {
      return copyBytes(from, to, root, Files.size(from));
    }

    /** A {@code .warc.gz} being appended to is copied up to its last complete record. */
    BackupManifest.Entry copyComplete(Path from, Path to, Path root) throws IOException {
      if (!from.getFileName().toString().endsWith(".gz")) {
        return copy(from, to, root);
      }
      GzipMembers.Scan scan = GzipMembers.scan(from);
      if (!scan.whole() && !scan.truncated()) {
        throw new IOException(from + " is damaged: " + scan.problem());
      }
      return copyBytes(from, to, root, scan.complete());
    }

    private BackupManifest.Entry copyBytes(Path from, Path to, Path root, long bytes)
        throws IOException {
      String sha = FileCopy.copy(from, to, bytes, this::advance);
      return new BackupManifest.Entry(Trees.relative(root, to), bytes, sha);
    }

    BackupManifest.Entry hash(Path file, Path root) throws IOException {
      return new BackupManifest.Entry(
          Trees.relative(root, file), Files.size(file), FileCopy.sha256(file, n -> {}));
    }

    private void advance(long n) {
      done += n;
      progress.accept(new BackupProgress(Step.FILES, done, Math.max(done, total)));
    }
  }
}
