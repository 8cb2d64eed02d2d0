package org.vigie.collect;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a multi-member gzip file from a given offset, remembering where each member starts
 * in the compressed file, so that a position in the decompressed stream maps back to the offset of
 * the gzip member holding it (a WARC.gz has one record per member, and tools find records by these
 * offsets). Every member's CRC and size are checked. Errors are {@link ZipException} for corrupt
 * data and {@link EOFException} for a truncated member; {@link #memberStart()} then tells which
 * member failed.
 */
final class GzipMemberChannel implements ReadableByteChannel {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final FileChannel file;
  private final ByteBuffer input = ByteBuffer.allocate(64 * 1024).flip();
  private final TreeMap<Long, Long> members = new TreeMap<>();
  private final CRC32 crc = new CRC32();
  private final byte[] output = new byte[64 * 1024];
  private Inflater inflater;
  private long memberStart;
  private long memberSize;
  private long decompressed;
  private boolean ended;
  private IOException failure;

  /** Reads {@code file} from its current position, which must be the start of a gzip member. */
  GzipMemberChannel(FileChannel file) {
    this.file = file;
  }

  /** The compressed offset of the member being read (or that failed). */
  long memberStart() {
    return memberStart;
  }

  /** The compressed offset of the member holding decompressed byte {@code position}. */
  long memberAt(long position) {
    var entry = members.floorEntry(position);
    return entry == null ? memberStart : entry.getValue();
  }

  /** Forgets the members before the one holding {@code position}, which will not be asked about. */
  void forgetBefore(long position) {
    Long floor = members.floorKey(position);
    if (floor != null) {
      members.headMap(floor, false).clear();
    }
  }

  /** Reads decompressed bytes; after a failure, every later read throws the same exception. */
  @Override
  public int read(ByteBuffer target) throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      return readMembers(target);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  private int readMembers(ByteBuffer target) throws IOException {
    while (!ended) {
      if (inflater == null && !startMember()) {
        ended = true;
        break;
      }
      int n = inflate(target);
      if (n > 0) {
        return n;
      }
    }
    return -1;
  }

  /** Inflates into {@code target}; returns 0 when the member ended or more input was needed. */
  private int inflate(ByteBuffer target) throws IOException {
    int n = inflateSome(Math.min(target.remaining(), output.length));
    if (n > 0) {
      crc.update(output, 0, n);
      memberSize += n;
      decompressed += n;
      target.put(output, 0, n);
    } else if (inflater.finished()) {
      finishMember();
    } else if (inflater.needsInput()) {
      requireInput();
      inflater.setInput(input);
    } else {
      throw new ZipException("gzip member needs a preset dictionary");
    }
    return n;
  }

  private int inflateSome(int length) throws ZipException {
    try {
      return inflater.inflate(output, 0, length);
    } catch (DataFormatException e) {
      throw new ZipException(e.getMessage());
    }
  }

  /** Reads the next member's header; returns false at a clean end of the file. */
  private boolean startMember() throws IOException {
    if (!input.hasRemaining() && !fill()) {
      return false;
    }
    memberStart = file.position() - input.remaining();
    members.put(decompressed, memberStart);
    readHeader();
    inflater = new Inflater(true);
    inflater.setInput(input);
    crc.reset();
    memberSize = 0;
    return true;
  }

  private void readHeader() throws IOException {
    if (nextByte() != 0x1f || nextByte() != 0x8b || nextByte() != 8) {
      throw new ZipException("not a gzip member");
    }
    int flags = nextByte();
    skip(6);
    if ((flags & FEXTRA) != 0) {
      skip(nextByte() | nextByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
  }

  private void finishMember() throws IOException {
    inflater.end();
    inflater = null;
    long expectedCrc = littleEndianInt();
    long expectedSize = littleEndianInt();
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("gzip member CRC mismatch");
    }
    if (expectedSize != (memberSize & 0xffffffffL)) {
      throw new ZipException("gzip member size mismatch");
    }
  }

  private long littleEndianInt() throws IOException {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value |= (long) nextByte() << (8 * i);
    }
    return value;
  }

  private void skipZeroTerminated() throws IOException {
    while (nextByte() != 0) {}
  }

  private void skip(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      nextByte();
    }
  }

  private int nextByte() throws IOException {
    requireInput();
    return input.get() & 0xff;
  }

  private void requireInput() throws IOException {
    if (!input.hasRemaining() && !fill()) {
      throw new EOFException("gzip member is truncated");
    }
  }

  private boolean fill() throws IOException {
    input.clear();
    int n = file.read(input);
    input.flip();
    return n > 0;
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  @Override
  public void close() throws IOException {
    if (inflater != null) {
      inflater.end();
    }
    file.close();
  }
}
