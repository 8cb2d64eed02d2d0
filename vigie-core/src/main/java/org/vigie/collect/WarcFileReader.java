package org.vigie.collect;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * Reads one WARC file record by record, surviving broken records.
 *
 * <p>What a record yields is held back until jwarc has read the next record's start: only then is
 * it known that the record ended where its {@code Content-Length} said (jwarc checks the trailing
 * {@code CRLFCRLF} and reports a bad one as a warning) and that its gzip member was sound. A record
 * that fails this check is dropped and reported as a whole at its offset.
 *
 * <p>jwarc cannot resynchronise after a broken record by itself, so after a failure this reader
 * scans the raw file for the next plausible record start ({@link WarcResync}) and opens a fresh
 * jwarc reader there. Offsets are exact: a compressed WARC's offsets are those of its gzip members.
 * After {@value #MAX_FAILURES} failures in one file the rest of the file is given up.
 *
 * <p>Memory stays bounded because jwarc never reads more than a step needs ({@link
 * BudgetedChannel}), since it buffers a header whole: a WARC header over {@value #MAX_HEADER_BYTES}
 * bytes, or an HTTP header over that plus 8 times the document limit, is reported as too large and
 * read past like a broken record; a compressed WARC stops at {@link
 * CollectLimits#maxDecompressedBytes()}.
 */
final class WarcFileReader {
  static final int MAX_FAILURES = 100;
  static final int MAX_HEADER_BYTES = 1024 * 1024;

  /** What jwarc may read beyond what a step needs: its buffer reads ahead. */
  private static final long SLACK = 64 * 1024;

  private static final long END = -1;

  private final InputFile file;
  private final DocumentSink sink;
  private final List<String> warnings = new ArrayList<>();
  private boolean gzip;
  private long bytesLeft;
  private int failures;

  WarcFileReader(InputFile file, DocumentSink sink) {
    this.file = file;
    this.sink = sink;
  }

  void read() throws IOException {
    gzip = WarcResync.isGzip(file.path());
    bytesLeft = gzip ? file.limits().maxDecompressedBytes() : Long.MAX_VALUE;
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
    try (WarcSegment segment = WarcSegment.open(file.path(), start, gzip, bytesLeft)) {
      try {
        return readRecords(segment, segment.reader());
      } catch (IOException | RuntimeException e) {
        return fail(segment, start, e);
      } finally {
        bytesLeft -= segment.bytesRead();
      }
    }
  }

  private long readRecords(WarcSegment segment, WarcReader reader) {
    reader.setLenient(true);
    reader.onWarning(warnings::add);
    Pending pending = new Pending(-1, WarcDocuments.Outcome.NOTHING, null);
    while (true) {
      Optional<WarcRecord> record;
      try {
        segment.budget().allow(remainingBytes(pending.record) + MAX_HEADER_BYTES + SLACK);
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        return failDuringNext(segment, reader, pending, e);
      }
      if (!warnings.isEmpty()) {
        return badTrailer(pending.offset);
      }
      pending.outcome.deliverTo(sink);
      if (record.isEmpty()) {
        return END;
      }
      try {
        pending = convert(segment, reader.position(), record.get());
      } catch (LimitExceededException e) {
        return fail(segment, segment.offsetOf(reader.position()), e);
      }
    }
  }

  /** A record read, with what it yields, delivered once the record is known to be sound. */
  private record Pending(long offset, WarcDocuments.Outcome outcome, WarcRecord record) {}

  private Pending convert(WarcSegment segment, long position, WarcRecord record)
      throws LimitExceededException {
    long offset = segment.offsetOf(position);
    segment.forgetBefore(position);
    segment.budget().allow(MAX_HEADER_BYTES + 8L * file.limits().maxDocumentBytes() + SLACK);
    return new Pending(offset, WarcDocuments.convert(file, offset, record), record);
  }

  /** The bytes of {@code record} not read yet, which jwarc reads through to get to the next. */
  private static long remainingBytes(WarcRecord record) {
    if (record == null) {
      return 0;
    }
    try {
      MessageBody body = record.body();
      return Math.max(0, body.size() - body.position()) + 4;
    } catch (IOException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  /**
   * jwarc failed while finishing the pending record or reading the next one's header. The pending
   * record is the broken one if jwarc warned about its end, if its gzip member failed, or if
   * jwarc's position did not move past it; otherwise it was sound and the next record is broken.
   */
  private long failDuringNext(
      WarcSegment segment, WarcReader reader, Pending pending, Exception e) {
    if (!warnings.isEmpty()) {
      return badTrailer(pending.offset);
    }
    long failedAt = failedAt(segment, reader, pending, e);
    if (failedAt != pending.offset) {
      pending.outcome.deliverTo(sink);
    }
    return fail(segment, failedAt, e);
  }

  private static long failedAt(
      WarcSegment segment, WarcReader reader, Pending pending, Exception e) {
    if (segment.isCompressionFailure(e)) {
      return segment.failedMember();
    }
    long position = reader.position();
    return pending.record != null && segment.offsetOf(position) == pending.offset
        ? pending.offset
        : segment.offsetOf(position);
  }

  private long badTrailer(long offset) {
    String message = "record does not end where its Content-Length says";
    sink.reject(IngestError.skipped(file.atOffset(offset), ErrorCause.MALFORMED_RECORD, message));
    return offset;
  }

  /** Reports {@code e} at {@code offset}; returns where to resynchronise, or {@link #END}. */
  private long fail(WarcSegment segment, long offset, Exception e) {
    if (e instanceof LimitExceededException && segment.budget().overTotal()) {
      String message = e.getMessage() + ", the rest of the file is skipped";
      sink.reject(IngestError.skipped(file.atOffset(offset), ErrorCause.TOO_LARGE, message));
      return END;
    }
    sink.reject(IngestError.skipped(file.atOffset(offset), causeOf(segment, e), messageOf(e)));
    return offset;
  }

  private static ErrorCause causeOf(WarcSegment segment, Exception e) {
    if (segment.isCompressionFailure(e)) {
      return ErrorCause.CORRUPT_COMPRESSION;
    }
    if (e instanceof LimitExceededException) {
      return ErrorCause.TOO_LARGE;
    }
    if (e instanceof ParsingException
        || e instanceof EOFException
        || e instanceof RuntimeException) {
      return ErrorCause.MALFORMED_RECORD;
    }
    return ErrorCause.UNREADABLE;
  }

  private String messageOf(Exception e) {
    String detail = IngestFailures.describe(e);
    return switch (e) {
      case EOFException eof when !gzip -> "record is truncated: " + detail;
      case EOFException eof -> "gzip member is truncated: " + detail;
      case ZipException zip -> "gzip member is corrupt: " + detail;
      case LimitExceededException tooLong -> e.getMessage();
      case ParsingException parsing -> "invalid WARC record: " + detail;
      case RuntimeException runtime -> "invalid WARC record: " + detail;
      default -> "cannot read: " + detail;
    };
  }
}
