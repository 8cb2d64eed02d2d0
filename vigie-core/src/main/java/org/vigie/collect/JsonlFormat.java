package org.vigie.collect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, one document per object.
 *
 * <p>An object needs an {@code html} or a {@code text} string; {@code html} wins when both are
 * present and not blank, and the content is then {@code text/html}. {@code url} becomes the
 * document's URL; {@code title}, {@code published}, {@code author}, {@code site} and {@code
 * language} become hints (scalars only, as their text). Other fields are ignored. Content is the
 * UTF-8 encoding of the JSON string, declared as {@code UTF-8}.
 *
 * <p>Lines must be UTF-8 (RFC 8259) and are decoded strictly. Blank lines are skipped. Every bad
 * line is reported with its origin {@code path:LINE} and the file goes on.
 */
public final class JsonlFormat implements FileFormat {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final List<String> HINTS =
      List.of(
          RawDocument.Hint.TITLE,
          RawDocument.Hint.PUBLISHED,
          RawDocument.Hint.AUTHOR,
          RawDocument.Hint.SITE,
          RawDocument.Hint.LANGUAGE);

  @Override
  public boolean accepts(String lowerCaseName) {
    return lowerCaseName.endsWith(".jsonl") || lowerCaseName.endsWith(".ndjson");
  }

  @Override
  public void read(InputFile file, DocumentSink sink) throws IOException {
    try (LineReader lines = new LineReader(file.openStream(), file.limits().maxLineBytes())) {
      readLines(file, lines, sink);
    }
  }

  /** Reads every line; a failure of the stream itself ends the file, reported at its line. */
  private void readLines(InputFile file, LineReader lines, DocumentSink sink) {
    try {
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        readLine(file, line, sink);
      }
    } catch (IOException e) {
      sink.reject(IngestFailures.of(file.atLine(lines.lineNumber()), e));
    }
  }

  private void readLine(InputFile file, LineReader.Line line, DocumentSink sink) {
    String origin = file.atLine(line.number());
    try {
      RawDocument document = parse(file, origin, line);
      if (document != null) {
        sink.accept(document);
      }
    } catch (BadLineException e) {
      sink.reject(IngestError.skipped(origin, e.cause, e.getMessage()));
    }
  }

  /** The line's document, or {@code null} for a blank line. */
  private RawDocument parse(InputFile file, String origin, LineReader.Line line)
      throws BadLineException {
    if (line.tooLong()) {
      throw tooLarge("line is " + line.length() + " bytes", file.limits().maxLineBytes());
    }
    String text = stripBom(decode(line.bytes()), line.number());
    if (text.isBlank()) {
      return null;
    }
    return toDocument(file, origin, parseObject(text));
  }

  private static String decode(byte[] bytes) throws BadLineException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadLineException(ErrorCause.ENCODING, "line is not valid UTF-8");
    }
  }

  private static String stripBom(String text, long lineNumber) {
    return lineNumber == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static JsonNode parseObject(String text) throws BadLineException {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      throw malformed("invalid JSON: " + describe(e));
    }
    if (!node.isObject()) {
      throw malformed("expected a JSON object, got " + node.getNodeType().name().toLowerCase());
    }
    return node;
  }

  /** Jackson's message without its source excerpt, with the column where parsing stopped. */
  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    int excerpt = message.indexOf(" (start marker at");
    String problem = excerpt < 0 ? message : message.substring(0, excerpt);
    JsonLocation at = e.getLocation();
    return at == null || at.getColumnNr() < 0
        ? problem
        : problem + " at column " + at.getColumnNr();
  }

  private static RawDocument toDocument(InputFile file, String origin, JsonNode object)
      throws BadLineException {
    String html = nonBlankString(object.get("html"));
    String content = html != null ? html : nonBlankString(object.get("text"));
    if (content == null) {
      throw missingContent(object);
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > file.limits().maxDocumentBytes()) {
      throw tooLarge("document is " + bytes.length + " bytes", file.limits().maxDocumentBytes());
    }
    String type = html != null ? RawDocument.HTML : RawDocument.TEXT;
    String url = nonBlankString(object.get("url"));
    return new RawDocument(
        origin, file.sourceId(), url, file.fetchedAt(), type, "UTF-8", bytes, hints(object));
  }

  private static BadLineException missingContent(JsonNode object) {
    boolean hasField = isString(object.get("html")) || isString(object.get("text"));
    return hasField
        ? new BadLineException(ErrorCause.NO_TEXT, "the 'html' and 'text' fields are blank")
        : malformed("no 'html' or 'text' string field");
  }

  private static Map<String, String> hints(JsonNode object) {
    Map<String, String> hints = new HashMap<>();
    for (String key : HINTS) {
      JsonNode value = object.get(key);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        hints.put(key, value.asText().strip());
      }
    }
    return hints;
  }

  private static boolean isString(JsonNode node) {
    return node != null && node.isTextual();
  }

  private static String nonBlankString(JsonNode node) {
    return isString(node) && !node.textValue().isBlank() ? node.textValue() : null;
  }

  private static BadLineException malformed(String message) {
    return new BadLineException(ErrorCause.MALFORMED_RECORD, message);
  }

  private static BadLineException tooLarge(String what, long limit) {
    return new BadLineException(
        ErrorCause.TOO_LARGE, what + ", over the limit of " + limit + " bytes");
  }

  /** A line that cannot become a document; local to this class, never escapes {@link #read}. */
  private static final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ErrorCause cause;

    BadLineException(ErrorCause cause, String message) {
      super(message, null, false, false);
      this.cause = cause;
    }
  }
}
