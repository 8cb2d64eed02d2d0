package org.vigie.collect;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;

/**
 * The channel stack under one jwarc reader, from a start offset to the end of a WARC file or to its
 * next broken record: the file, our own gzip decompression for a compressed WARC ({@link
 * GzipMemberChannel}, so that jwarc never decompresses anything unbounded) and a {@link
 * BudgetedChannel}. jwarc sees a plain WARC and counts positions from the segment start; {@link
 * #offsetOf(long)} turns them back into offsets in the file.
 */
final class WarcSegment implements Closeable {
  private final long start;
  private final GzipMemberChannel gunzip;
  private final BudgetedChannel budget;

  private WarcSegment(long start, GzipMemberChannel gunzip, BudgetedChannel budget) {
    this.start = start;
    this.gunzip = gunzip;
    this.budget = budget;
  }

  /** Opens {@code path} at {@code start}, allowing {@code maxBytes} of (decompressed) WARC data. */
  static WarcSegment open(Path path, long start, boolean gzip, long maxBytes) throws IOException {
    FileChannel file = FileChannel.open(path, StandardOpenOption.READ);
    file.position(start);
    GzipMemberChannel gunzip = gzip ? new GzipMemberChannel(file) : null;
    ReadableByteChannel source = gzip ? gunzip : file;
    return new WarcSegment(start, gunzip, new BudgetedChannel(source, maxBytes));
  }

  /** A jwarc reader over this segment; fails if the data is gzip again (jwarc would inflate it). */
  WarcReader reader() throws IOException {
    ByteBuffer head = ByteBuffer.allocate(8192);
    while (head.position() < 2 && budget.read(head) >= 0) {}
    head.flip();
    if (head.remaining() >= 2 && head.get(0) == 0x1f && head.get(1) == (byte) 0x8b) {
      throw new ParsingException("gzip data inside a gzip member");
    }
    return new WarcReader(budget, head);
  }

  BudgetedChannel budget() {
    return budget;
  }

  /** The file offset of the record at jwarc position {@code position}. */
  long offsetOf(long position) {
    return gunzip == null ? start + position : gunzip.memberAt(position);
  }

  /** Lets go of what is known before {@code position}. */
  void forgetBefore(long position) {
    if (gunzip != null) {
      gunzip.forgetBefore(position);
    }
  }

  /** Whether {@code e} is a failure of the gzip data (then {@link #failedMember()} is known). */
  boolean isCompressionFailure(Exception e) {
    return gunzip != null && (e instanceof ZipException || e instanceof EOFException);
  }

  /** The offset of the gzip member that failed. */
  long failedMember() {
    return gunzip.memberStart();
  }

  /** The decompressed bytes read so far. */
  long bytesRead() {
    return budget.bytesRead();
  }

  @Override
  public void close() throws IOException {
    budget.close();
  }
}
