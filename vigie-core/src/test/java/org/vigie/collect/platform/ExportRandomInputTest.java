package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.ErrorCause;

/**
 * The export readers on damaged copies of their fixtures (bytes changed, cut out or doubled, stray
 * quotes and brackets): every run ends, nothing escapes as an internal error, and every input is
 * either a post or a reported problem.
 */
class ExportRandomInputTest {
  private static final byte[] NOISE = "{}[]\",:\\\n\r#@ é".getBytes(StandardCharsets.UTF_8);
  @TempDir Path work;

  @Test
  void damagedExportsAreReadOrReportedNeverCrash() throws IOException {
    Random random = new Random(20240314);
    check(
        random,
        PlatformFormat.TELEGRAM,
        new TelegramExport(),
        Exports.path("telegram", "channel.json"));
    check(
        random,
        PlatformFormat.TELEGRAM,
        new TelegramExport(),
        Exports.path("telegram", "full-export.json"));
    check(
        random,
        PlatformFormat.X,
        new XArchive(null),
        Exports.path("x", "archive", "data", "tweets.js"));
    check(
        random,
        PlatformFormat.CROWDTANGLE,
        new CsvExport(FieldMapping.crowdTangle(), null),
        Exports.path("csv", "crowdtangle-facebook.csv"));
    check(
        random,
        PlatformFormat.CROWDTANGLE,
        new CsvExport(FieldMapping.crowdTangle(), "facebook"),
        Exports.path("csv", "meta-content-library-malformed.csv"));
  }

  private void check(Random random, PlatformFormat format, ExportReader reader, Path fixture)
      throws IOException {
    byte[] original = Files.readAllBytes(fixture);
    for (int round = 0; round < 150; round++) {
      Path damaged = work.resolve(format.id() + "-" + round + "-" + fixture.getFileName());
      Files.write(damaged, damage(original, random));
      Exports.Recording r = Exports.collect(format, reader, damaged);
      assertThat(r.errors)
          .as("round %d of %s", round, fixture)
          .noneMatch(e -> e.cause() == ErrorCause.INTERNAL);
      Files.delete(damaged);
    }
  }

  private static byte[] damage(byte[] bytes, Random random) {
    byte[] out = bytes.clone();
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = NOISE[random.nextInt(NOISE.length)];
        case 1 -> out[at] = (byte) random.nextInt(256);
        case 2 -> out = cut(out, at, Math.min(out.length - at, 1 + random.nextInt(40)));
        default -> out = Arrays.copyOf(out, at + random.nextInt(out.length - at + 1));
      }
    }
    return out;
  }

  private static byte[] cut(byte[] bytes, int from, int length) {
    byte[] out = new byte[bytes.length - length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(bytes, from + length, out, from, bytes.length - from - length);
    return out;
  }
}
