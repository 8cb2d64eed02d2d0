package org.vigie.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads one WARC file record by record, surviving broken records.
 *
 * <p>What a record yields is held back until jwarc has read the next record's start: only then is
 * it known that the record ended where its {@code Content-Length} said (jwarc checks the trailing
 * {@code CRLFCRLF}, and reports a bad one as a warning) and that its gzip member was sound. A
 * record that fails this check is dropped and reported as a whole at its offset.
 *
 * <p>jwarc cannot resynchronise after a broken record by itself, so after a failure this reader
 * scans the raw file for the next plausible record start ({@link WarcResync}) and opens a fresh
 * jwarc reader there. Offsets stay exact: a compressed WARC's offsets are those of its gzip
 * members. After {@value #MAX_FAILURES} failures in one file the rest of the file is given up.
 *
 * <p>In a compressed WARC the records' declared lengths together may not exceed {@link
 * CollectLimits#maxDecompressedBytes()}; the rest of the file is then reported as too large.
 */
final class WarcFileReader {
  static final int MAX_FAILURES = 100;
  private static final long END = -1;

  private final InputFile file;
  private final DocumentSink sink;
  private final List<String> warnings = new ArrayList<>();
  private boolean gzip;
  private long declaredBytes;
  private int failures;

  WarcFileReader(InputFile file, DocumentSink sink) {
    this.file = file;
    this.sink = sink;
  }

  void read() throws IOException {
    gzip = WarcResync.isGzip(file.path());
    long start = 0;
    while (start != END) {
      long failedAt = readFrom(start);
      start = failedAt == END ? END : resumeAfter(failedAt);
    }
  }

  /** Where to go on after a failure at {@code failedAt}, or {@link #END}. */
  private long resumeAfter(long failedAt) throws IOException {
    if (++failures < MAX_FAILURES) {
      return WarcResync.nextRecordStart(file.path(), failedAt + 1, gzip);
    }
    String message = "too many broken records, the rest of the file is skipped";
    sink.reject(IngestError.skipped(file.atOffset(failedAt), ErrorCause.MALFORMED_RECORD, message));
    return END;
  }

  /** Reads records from {@code start}; returns the offset of a failure, or {@link #END}. */
  private long readFrom(long start) throws IOException {
    warnings.clear();
    try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
      channel.position(start);
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException | RuntimeException e) {
        return fail(start, e);
      }
      reader.setLenient(true);
      reader.onWarning(warnings::add);
      return readRecords(reader);
    }
  }

  private long readRecords(WarcReader reader) {
    WarcDocuments.Outcome pending = WarcDocuments.Outcome.NOTHING;
    long recordStart = -1;
    while (true) {
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        return failDuringNext(reader, recordStart, pending, e);
      }
      if (!warnings.isEmpty()) {
        return badTrailer(recordStart);
      }
      pending.deliverTo(sink);
      if (record.isEmpty()) {
        return END;
      }
      recordStart = reader.position();
      if (overBudget(record.get())) {
        return tooLarge(recordStart);
      }
      pending = WarcDocuments.convert(file, file.atOffset(recordStart), record.get());
    }
  }

  /**
   * jwarc failed while finishing the previous record or reading the next one's header. If its
   * position did not move, the previous record is the broken one; otherwise the previous record was
   * sound and the new one is broken.
   */
  private long failDuringNext(
      WarcReader reader, long recordStart, WarcDocuments.Outcome pending, Exception e) {
    if (!warnings.isEmpty()) {
      return badTrailer(recordStart);
    }
    boolean previousBroken = reader.position() == recordStart;
    if (!previousBroken) {
      pending.deliverTo(sink);
    }
    long failedAt = previousBroken ? recordStart : reader.position();
    return fail(failedAt, e);
  }

  private long badTrailer(long recordStart) {
    String message = "record does not end where its Content-Length says";
    sink.reject(
        IngestError.skipped(file.atOffset(recordStart), ErrorCause.MALFORMED_RECORD, message));
    return recordStart;
  }

  private boolean overBudget(WarcRecord record) {
    if (!gzip) {
      return false;
    }
    declaredBytes += declaredLength(record);
    return declaredBytes > file.limits().maxDecompressedBytes();
  }

  private static long declaredLength(WarcRecord record) {
    try {
      return record.headers().sole("Content-Length").map(Long::parseLong).orElse(0L);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private long tooLarge(long recordStart) {
    String message =
        "decompressed data exceeds the limit of "
            + file.limits().maxDecompressedBytes()
            + " bytes, the rest of the file is skipped";
    sink.reject(IngestError.skipped(file.atOffset(recordStart), ErrorCause.TOO_LARGE, message));
    return END;
  }

  private long fail(long offset, Exception e) {
    sink.reject(IngestError.skipped(file.atOffset(offset), causeOf(e), messageOf(e)));
    return offset;
  }

  private ErrorCause causeOf(Exception e) {
    if (e instanceof ParsingException || e instanceof RuntimeException) {
      return ErrorCause.MALFORMED_RECORD;
    }
    if (e instanceof ZipException || e instanceof EOFException) {
      return gzip ? ErrorCause.CORRUPT_COMPRESSION : ErrorCause.MALFORMED_RECORD;
    }
    return ErrorCause.UNREADABLE;
  }

  private String messageOf(Exception e) {
    if (e instanceof EOFException && !gzip) {
      return "record is truncated: " + IngestFailures.describe(e);
    }
    return switch (causeOf(e)) {
      case CORRUPT_COMPRESSION ->
          "gzip member is truncated or corrupt: " + IngestFailures.describe(e);
      case MALFORMED_RECORD -> "invalid WARC record: " + IngestFailures.describe(e);
      default -> "cannot read: " + IngestFailures.describe(e);
    };
  }
}
