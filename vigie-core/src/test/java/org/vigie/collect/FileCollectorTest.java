package org.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.vigie.collect.Fixtures.name;
import static org.vigie.collect.Fixtures.path;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

class FileCollectorTest {
  private static final int MIB = 1024 * 1024;

  @TempDir Path temp;

  private final RecordingSink sink = new RecordingSink();

  @Test
  void walksFoldersInNameOrderAndSkipsHiddenEntries() throws IOException {
    CollectSummary summary = Fixtures.collector().collect(List.of(path("tree")), sink);

    assertThat(sink.origins())
        .containsExactly(
            name("tree", "a.html"),
            name("tree", "b.htm"),
            name("tree", "notes.txt"),
            name("tree", "sub", "d.txt"),
            name("tree", "sub", "deeper", "c.html"));
    assertThat(sink.documents)
        .extracting(RawDocument::contentType)
        .containsExactly(
            RawDocument.HTML,
            RawDocument.HTML,
            RawDocument.TEXT,
            RawDocument.TEXT,
            RawDocument.HTML);
    assertThat(sink.errorKeys()).containsExactly(name("tree", "sub", "logo.png") + " UNSUPPORTED");
    assertThat(summary).isEqualTo(new CollectSummary(6, 5, Map.of(ErrorCause.UNSUPPORTED, 1)));
  }

  @Test
  void passesFileBytesUndecodedWithoutUrlCharsetOrHints() throws IOException {
    Fixtures.collector().collect(List.of(path("tree", "b.htm")), sink);

    RawDocument windows1252 = sink.documents.getFirst();
    assertThat(windows1252)
        .isEqualTo(
            new RawDocument(
                name("tree", "b.htm"),
                Fixtures.SOURCE,
                null,
                Fixtures.NOW,
                RawDocument.HTML,
                null,
                Files.readAllBytes(path("tree", "b.htm")),
                Map.of()));
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void readsAHiddenFileNamedDirectly() {
    Fixtures.collector().collect(List.of(path("tree", ".hidden.html")), sink);

    assertThat(sink.origins()).containsExactly(name("tree", ".hidden.html"));
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void reportsAMissingInputAndGoesOn() {
    Path missing = path("tree", "absent.html");

    Fixtures.collector().collect(List.of(missing, path("tree", "a.html")), sink);

    assertThat(sink.errorKeys()).containsExactly(missing + " UNREADABLE");
    assertThat(sink.origins()).containsExactly(name("tree", "a.html"));
  }

  @Test
  void reportsProgressAfterEachFile() throws IOException {
    List<CollectProgress.Progress> updates = new ArrayList<>();

    Fixtures.collector().collect(List.of(path("tree", "sub")), sink, updates::add);

    long d = Files.size(path("tree", "sub", "d.txt"));
    long c = Files.size(path("tree", "sub", "deeper", "c.html"));
    long logo = Files.size(path("tree", "sub", "logo.png"));
    long total = d + c + logo;
    assertThat(updates)
        .containsExactly(
            new CollectProgress.Progress(0, 3, 0, total, null),
            new CollectProgress.Progress(1, 3, d, total, name("tree", "sub", "d.txt")),
            new CollectProgress.Progress(
                2, 3, d + c, total, name("tree", "sub", "deeper", "c.html")),
            new CollectProgress.Progress(3, 3, total, total, name("tree", "sub", "logo.png")));
    assertThat(updates.getLast().finished()).isTrue();
  }

  @Test
  void walksASymbolicLinkLoopOnce() throws IOException {
    Files.createDirectories(temp.resolve("site/sub"));
    Files.writeString(temp.resolve("site/page.html"), "<p>Dakar</p>");
    try {
      Files.createSymbolicLink(temp.resolve("site/sub/loop"), temp.resolve("site"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links not supported here: " + e);
    }

    Fixtures.collector().collect(List.of(temp.resolve("site")), sink);

    assertThat(sink.origins()).containsExactly(temp.resolve("site/page.html").toString());
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void skipsBinaryJunk() {
    Fixtures.collector().collect(List.of(path("binary", "junk.txt")), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errorKeys()).containsExactly(name("binary", "junk.txt") + " BINARY");
  }

  @Test
  void decompressesGzippedFiles() throws IOException {
    Fixtures.collector().collect(List.of(path("gz", "page.html.gz")), sink);

    assertThat(sink.origins()).containsExactly(name("gz", "page.html.gz"));
    assertThat(sink.documents.getFirst().content())
        .isEqualTo(Files.readAllBytes(path("tree", "a.html")));
    assertThat(sink.documents.getFirst().contentType()).isEqualTo(RawDocument.HTML);
  }

  @Test
  void keepsTheLinesReadBeforeATruncatedGzip() {
    Fixtures.collector().collect(List.of(path("gz", "truncated.jsonl.gz")), sink);

    assertThat(sink.documents).hasSize(95);
    assertThat(sink.documents.getLast().origin())
        .isEqualTo(name("gz", "truncated.jsonl.gz") + ":95");
    assertThat(sink.documents.getLast().url()).isEqualTo("https://www.example.sn/depeche/95");
    assertThat(sink.errorKeys())
        .containsExactly(name("gz", "truncated.jsonl.gz") + ":96 CORRUPT_COMPRESSION");
  }

  @Test
  void reportsAnOversizedFileAndIngestsTheRestOfTheBatch() throws IOException {
    Files.writeString(temp.resolve("a.txt"), "Avant le gros fichier.");
    writeRepeated(temp.resolve("big.txt"), (byte) 'x', 50 * MIB);
    Files.writeString(temp.resolve("z.txt"), "Après le gros fichier.");

    Fixtures.collector().collect(List.of(temp), sink);

    String big = temp.resolve("big.txt").toString();
    assertThat(sink.errorKeys()).containsExactly(big + " TOO_LARGE");
    assertThat(sink.errors.getFirst().message())
        .isEqualTo("document exceeds the limit of " + 8 * MIB + " bytes");
    assertThat(sink.origins())
        .containsExactly(temp.resolve("a.txt").toString(), temp.resolve("z.txt").toString());
  }

  @Test
  void stopsAGzipBombAtTheDecompressedLimit() throws IOException {
    Path bomb = temp.resolve("bomb.txt.gz");
    writeGzippedZeros(bomb, 64 * MIB);
    assertThat(Files.size(bomb)).isLessThan(MIB);
    CollectLimits limits = new CollectLimits(MIB, MIB, 8 * MIB, 8 * MIB);

    Fixtures.collector(limits).collect(List.of(bomb), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .containsExactly(
            IngestError.skipped(
                bomb.toString(),
                ErrorCause.TOO_LARGE,
                "decompressed data exceeds the limit of " + MIB + " bytes"));
  }

  @Test
  void refusesAFileOverTheFileLimitWithoutOpeningIt() {
    CollectLimits limits = new CollectLimits(100, MIB, MIB, MIB);

    Fixtures.collector(limits).collect(List.of(path("tree", "a.html")), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errorKeys()).containsExactly(name("tree", "a.html") + " TOO_LARGE");
  }

  @Test
  void accountsForFilesThatYieldNothing() throws IOException {
    Files.createFile(temp.resolve("empty.txt"));
    Files.writeString(temp.resolve("blank.jsonl"), "\n  \n");

    Fixtures.collector().collect(List.of(temp), sink);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .containsExactly(
            IngestError.warning(
                temp.resolve("blank.jsonl").toString(),
                ErrorCause.NO_TEXT,
                "no documents found in this file"),
            IngestError.skipped(
                temp.resolve("empty.txt").toString(), ErrorCause.NO_TEXT, "the file is empty"));
  }

  @Test
  void rejectsInvalidLimitsByName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CollectLimits(1, 1, 0, 1))
        .withMessage("maxDocumentBytes must be positive, got 0");
  }

  private static void writeRepeated(Path file, byte value, int size) throws IOException {
    byte[] block = new byte[MIB];
    Arrays.fill(block, value);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < size; written += block.length) {
        out.write(block);
      }
    }
  }

  private static void writeGzippedZeros(Path file, int size) throws IOException {
    byte[] block = new byte[MIB];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int written = 0; written < size; written += block.length) {
        out.write(block);
      }
    }
  }
}
