package org.vigie.collect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One file being collected, with what a {@link FileFormat} needs to turn it into documents.
 *
 * @param path where to read it
 * @param name the path as the user gave it (relative stays relative); the start of every origin
 * @param gzipped whether {@link #openStream()} must decompress it (a {@code .gz} suffix the
 *     collector stripped before choosing the format)
 * @param sourceId the source its documents belong to
 * @param fetchedAt the collection time, for documents that carry no time of their own
 * @param limits the size limits to apply
 */
public record InputFile(
    Path path,
    String name,
    boolean gzipped,
    String sourceId,
    Instant fetchedAt,
    CollectLimits limits) {

  /**
   * Opens the file's content, decompressed when {@link #gzipped()}. The stream throws {@link
   * LimitExceededException} past {@link CollectLimits#maxFileBytes()} on disk or {@link
   * CollectLimits#maxDecompressedBytes()} after decompression, and {@link
   * CorruptCompressionException} on truncated or corrupt gzip data.
   */
  public InputStream openStream() throws IOException {
    InputStream in =
        new BoundedInputStream(Files.newInputStream(path), limits.maxFileBytes(), "file");
    if (gzipped) {
      in =
          new BoundedInputStream(
              new GunzipInputStream(in), limits.maxDecompressedBytes(), "decompressed data");
    }
    return new BufferedInputStream(in, 64 * 1024);
  }

  /** The origin of line {@code number} (1-based): {@code name:number}. */
  public String atLine(long number) {
    return name + ":" + number;
  }

  /** The origin of the record starting at byte {@code offset}: {@code name@offset}. */
  public String atOffset(long offset) {
    return name + "@" + offset;
  }
}
