package org.vigie.collect;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * A file that is one document as it is: an HTML page or a plain text. The bytes are passed on
 * undecoded with no declared charset; a later stage detects the encoding.
 */
public final class TextFileFormat implements FileFormat {
  private final String contentType;
  private final List<String> suffixes;

  private TextFileFormat(String contentType, List<String> suffixes) {
    this.contentType = contentType;
    this.suffixes = suffixes;
  }

  /** {@code .html} and {@code .htm} files, as {@code text/html}. */
  public static TextFileFormat html() {
    return new TextFileFormat(RawDocument.HTML, List.of(".html", ".htm"));
  }

  /** {@code .txt} files, as {@code text/plain}. */
  public static TextFileFormat text() {
    return new TextFileFormat(RawDocument.TEXT, List.of(".txt"));
  }

  @Override
  public boolean accepts(String lowerCaseName) {
    return suffixes.stream().anyMatch(lowerCaseName::endsWith);
  }

  @Override
  public void read(InputFile file, DocumentSink sink) throws IOException {
    int limit = file.limits().maxDocumentBytes();
    byte[] content;
    try (InputStream in = file.openStream()) {
      content = in.readNBytes(limit + 1);
    }
    if (content.length > limit) {
      sink.reject(tooLarge(file, limit));
    } else if (content.length == 0) {
      sink.reject(IngestError.skipped(file.name(), ErrorCause.NO_TEXT, "the file is empty"));
    } else if (BinarySniffer.looksBinary(content)) {
      sink.reject(IngestError.skipped(file.name(), ErrorCause.BINARY, "binary data, not text"));
    } else {
      sink.accept(document(file, content));
    }
  }

  private static IngestError tooLarge(InputFile file, int limit) {
    String message = "document exceeds the limit of " + limit + " bytes";
    return IngestError.skipped(file.name(), ErrorCause.TOO_LARGE, message);
  }

  private RawDocument document(InputFile file, byte[] content) {
    return new RawDocument(
        file.name(), file.sourceId(), null, file.fetchedAt(), contentType, null, content, Map.of());
  }
}
