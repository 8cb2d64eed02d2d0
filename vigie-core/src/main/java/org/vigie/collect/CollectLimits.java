package org.vigie.collect;

/**
 * Size limits that keep collection bounded in memory and time, whatever the input. Each limit is
 * checked while streaming, so an oversized input is rejected after reading at most one byte past
 * its limit, never by loading it whole.
 *
 * @param maxFileBytes largest file read, as stored on disk (compressed size for {@code .gz})
 * @param maxDecompressedBytes most bytes a compressed file may expand to; stops zip bombs
 * @param maxDocumentBytes largest single document (an HTML or text file, a WARC payload)
 * @param maxLineBytes longest JSONL line
 */
public record CollectLimits(
    long maxFileBytes, long maxDecompressedBytes, int maxDocumentBytes, int maxLineBytes) {

  private static final long MIB = 1024 * 1024;

  /** 256 MiB per file, 1 GiB decompressed per file, 8 MiB per document and per JSONL line. */
  public static final CollectLimits DEFAULTS =
      new CollectLimits(256 * MIB, 1024 * MIB, (int) (8 * MIB), (int) (8 * MIB));

  public CollectLimits {
    requirePositive("maxFileBytes", maxFileBytes);
    requirePositive("maxDecompressedBytes", maxDecompressedBytes);
    requirePositive("maxDocumentBytes", maxDocumentBytes);
    requirePositive("maxLineBytes", maxLineBytes);
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
