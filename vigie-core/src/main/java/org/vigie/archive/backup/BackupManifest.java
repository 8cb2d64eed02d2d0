package org.vigie.archive.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vigie.document.DocumentJson;

/**
 * What a backup holds, written last ({@value #FILE}): a folder without it is not a complete backup.
 *
 * @param format {@value #FORMAT}
 * @param pointInTime when the index was committed and the catalog copied, writes paused
 * @param backend the documents' backend ({@code embedded}, or the one whose snapshot holds them)
 * @param indexGeneration the Lucene commit copied (or the backend's snapshot name)
 * @param documents the documents of that commit
 * @param idsDigest SHA-256 of their ids, sorted, one per line
 * @param catalogRows rows per catalog table in the copied catalog
 * @param files every file of the backup but this one, with its size and SHA-256
 */
public record BackupManifest(
    String format,
    Instant pointInTime,
    String backend,
    String indexGeneration,
    long documents,
    String idsDigest,
    Map<String, Long> catalogRows,
    List<Entry> files) {
  public static final String FORMAT = "vigie-backup/1";

  /** The manifest's name in a backup folder. */
  public static final String FILE = "manifest.json";

  /** The backup's manifest, as restore leaves it in the restored data folder. */
  public static final String RESTORED = "restored-from-backup.json";

  private static final ObjectMapper JSON =
      DocumentJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  public BackupManifest {
    catalogRows = Map.copyOf(catalogRows);
    files = List.copyOf(files);
  }

  /** One file: its path relative to the backup folder ({@code /}-separated). */
  public record Entry(String path, long bytes, String sha256) {}

  /** Writes the manifest as {@code file}, whole or not at all (written aside, then moved). */
  void write(Path file) throws IOException {
    Path aside = file.resolveSibling(file.getFileName() + ".part");
    JSON.writeValue(aside.toFile(), this);
    Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The manifest of a backup folder.
   *
   * @throws BackupException when there is none (a backup that failed or has not finished) or it
   *     cannot be read
   */
  public static BackupManifest read(Path folder) {
    return readFile(folder.resolve(FILE), folder);
  }

  static BackupManifest readFile(Path file, Path folder) {
    try {
      BackupManifest m = JSON.readValue(Files.readAllBytes(file), BackupManifest.class);
      if (!FORMAT.equals(m.format())) {
        throw new BackupException(file + " is not a Vigie backup manifest (" + m.format() + ")");
      }
      return m;
    } catch (NoSuchFileException e) {
      throw new BackupException(
          folder
              + " is not a complete Vigie backup: it has no "
              + FILE
              + " (a backup that failed or is still running)");
    } catch (IOException e) {
      throw new BackupException("cannot read the backup manifest " + file + ": " + e.getMessage());
    }
  }
}
