package org.vigie.document;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the WARC response record a document was extracted from lies, and what it says about itself:
 * enough to read that one record again and show the original as it was captured.
 *
 * @param file the WARC file: for a collected web source, relative to the data folder with {@code /}
 *     separators ({@code warc/SOURCE/SOURCE-….warc.gz}); for a file ingest, the path as given
 * @param offset the byte offset of the record in the file (of its gzip member when compressed)
 * @param date the record's {@code WARC-Date}, or {@code null}
 * @param uri the record's {@code WARC-Target-URI}, or {@code null}
 * @param digest the record's {@code WARC-Payload-Digest} ({@code sha1:BASE32}), or {@code null}
 */
public record ArchivedCopy(String file, long offset, Instant date, String uri, String digest) {

  /** The {@link RawDocument} hint keys that carry an archived copy from collection to analysis. */
  public static final class Hint {
    public static final String FILE = "warc.file";
    public static final String OFFSET = "warc.offset";
    public static final String DATE = "warc.date";
    public static final String URI = "warc.uri";
    public static final String DIGEST = "warc.digest";

    private Hint() {}
  }

  public ArchivedCopy {
    Objects.requireNonNull(file, "file");
    if (offset < 0) {
      throw new IllegalArgumentException("negative WARC offset " + offset + " in " + file);
    }
  }

  /** This copy as {@link RawDocument} hints (keys of {@link Hint}). */
  public Map<String, String> toHints() {
    Map<String, String> hints = new LinkedHashMap<>();
    hints.put(Hint.FILE, file);
    hints.put(Hint.OFFSET, Long.toString(offset));
    if (date != null) {
      hints.put(Hint.DATE, date.toString());
    }
    if (uri != null) {
      hints.put(Hint.URI, uri);
    }
    if (digest != null) {
      hints.put(Hint.DIGEST, digest);
    }
    return hints;
  }

  /** {@code hints} with this copy's added. */
  public Map<String, String> addTo(Map<String, String> hints) {
    Map<String, String> all = new LinkedHashMap<>(hints);
    all.putAll(toHints());
    return all;
  }

  /**
   * The copy the hints describe, or {@code null} when they name no file or no valid offset (a
   * malformed date is dropped, the rest kept).
   */
  public static ArchivedCopy fromHints(Map<String, String> hints) {
    String file = hints.get(Hint.FILE);
    String offset = hints.get(Hint.OFFSET);
    if (file == null || file.isBlank() || offset == null) {
      return null;
    }
    long at;
    try {
      at = Long.parseLong(offset.strip());
    } catch (NumberFormatException e) {
      return null;
    }
    if (at < 0) {
      return null;
    }
    Instant date = null;
    String text = hints.get(Hint.DATE);
    if (text != null) {
      try {
        date = Instant.parse(text.strip());
      } catch (DateTimeParseException e) {
        date = null;
      }
    }
    return new ArchivedCopy(file, at, date, hints.get(Hint.URI), hints.get(Hint.DIGEST));
  }
}
