package org.vigie.archive.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.vigie.archive.backup.BackupProgress.Step;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ArchivedCopy;

/**
 * The checks of one archive's files (a data folder or a backup), gathering problems by the file,
 * table or document they concern: documents' archived originals, WARC files, the catalog's
 * references to documents and report files.
 */
final class ArchiveChecks {
  private final Path root;
  private final Consumer<BackupProgress> progress;
  private final Map<String, String> problems = new LinkedHashMap<>();
  private final Set<String> storedPosts = new HashSet<>();
  private long documents;
  private long originals;
  private long outside;
  private long total;

  ArchiveChecks(Path root, Consumer<BackupProgress> progress) {
    this.root = root.toAbsolutePath().normalize();
    this.progress = progress;
  }

  Map<String, String> problems() {
    return problems;
  }

  void problem(String where, String what) {
    problems.putIfAbsent(where, what);
  }

  long originals() {
    return originals;
  }

  long outside() {
    return outside;
  }

  void expect(long documents) {
    this.total = documents;
  }

  /**
   * What the catalog says: documents its live posts stored, report files; read before the index.
   */
  void catalog(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        problem("catalog", rs.getLong(1) + " migrations failed (flyway_schema_history)");
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT document_id FROM live_post WHERE stored")) {
      while (rs.next()) {
        storedPosts.add(rs.getString(1));
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT path, size, sha256 FROM report_file")) {
      while (rs.next()) {
        report(rs.getString(1), rs.getLong(2), rs.getString(3));
      }
    }
  }

  private void report(String path, long size, String sha) {
    try {
      Path file = ArchiveRestore.inside(root, path);
      if (!Files.isRegularFile(file)) {
        problem(path, "the report file is missing (catalog table report_file)");
      } else if (Files.size(file) != size || !FileCopy.sha256(file, n -> {}).equals(sha)) {
        problem(path, "the report file does not match its SHA-256 in the catalog");
      }
    } catch (BackupException | IOException e) {
      problem(path, "the report file cannot be read: " + e.getMessage());
    }
  }

  /** One document of the index: its original, if archived in this folder, must be there. */
  void document(AnalyzedDocument d) {
    storedPosts.remove(d.id());
    if (++documents % 1000 == 0) {
      progress.accept(new BackupProgress(Step.DOCUMENTS, documents, total));
    }
    ArchivedCopy copy = d.archived();
    if (copy == null) {
      return;
    }
    Path file = root.resolve(copy.file()).normalize();
    if (Path.of(copy.file()).isAbsolute() || !file.startsWith(root)) {
      outside++; // a WARC file ingested from elsewhere: not part of the archive
      return;
    }
    originals++;
    String wrong = original(file, copy);
    if (wrong != null) {
      problem("document " + d.id(), wrong);
    }
  }

  /** After every document: the live posts' documents that the index lacks. */
  void afterDocuments() {
    progress.accept(new BackupProgress(Step.DOCUMENTS, documents, Math.max(documents, total)));
    storedPosts.stream()
        .sorted()
        .limit(20)
        .forEach(
            id ->
                problem(
                    "document " + id,
                    "a stored live post (catalog table live_post) names it; the index lacks it"));
    if (storedPosts.size() > 20) {
      problem("live_post", storedPosts.size() + " stored posts name documents the index lacks");
    }
  }

  /** What is wrong with the record at the copy's place, or null. */
  private static String original(Path file, ArchivedCopy copy) {
    String where = copy.file() + " at byte " + copy.offset();
    if (!Files.isRegularFile(file)) {
      return "its archived original " + copy.file() + " is missing";
    }
    try (FileChannel channel = FileChannel.open(file);
        WarcReader reader = new WarcReader(channel.position(copy.offset()))) {
      reader.calculateBlockDigest();
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()
          || !(next.get() instanceof WarcResponse || next.get() instanceof WarcResource)) {
        return "no archived response at " + where;
      }
      WarcTargetRecord record = (WarcTargetRecord) next.get();
      if (copy.uri() != null && !copy.uri().equals(record.target())) {
        return "the record at " + where + " is for " + record.target() + ", not " + copy.uri();
      }
      String payload = record.payloadDigest().map(WarcDigest::prefixedBase32).orElse(null);
      if (copy.digest() != null && !copy.digest().equals(payload)) {
        return "the record at " + where + " has another payload digest than the document's";
      }
      Optional<WarcDigest> declared = record.blockDigest();
      Optional<WarcDigest> computed = record.calculatedBlockDigest();
      if (declared.isPresent() && computed.isPresent() && !declared.equals(computed)) {
        return "the record at " + where + " does not match its WARC-Block-Digest";
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "the archived original at " + where + " cannot be read: " + e;
    }
  }

  /**
   * Every WARC file's gzip members; {@code appending} tolerates a last member cut short (a file
   * being written).
   */
  long warcFiles(boolean appending) throws IOException {
    long n = 0;
    for (Path file : Trees.files(root.resolve("warc"))) {
      if (!file.getFileName().toString().endsWith(".gz")) {
        continue;
      }
      n++;
      GzipMembers.Scan scan = GzipMembers.scan(file);
      if (!scan.whole() && !(appending && scan.truncated())) {
        problem(Trees.relative(root, file), scan.problem());
      }
    }
    return n;
  }
}
