package org.vigie.collect;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.vigie.document.ArchivedCopy;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Turns one WARC record into what it yields: a document, an error about the record, or nothing
 * (records that are not text captures). Reads at most the document limit from the record.
 */
final class WarcDocuments {
  private WarcDocuments() {}

  /**
   * What a record produced.
   *
   * @param document the document, or {@code null}
   * @param error the problem with the record, or {@code null}
   */
  record Outcome(RawDocument document, IngestError error) {
    static final Outcome NOTHING = new Outcome(null, null);

    void deliverTo(DocumentSink sink) {
      if (document != null) {
        sink.accept(document);
      }
      if (error != null) {
        sink.reject(error);
      }
    }
  }

  /**
   * What {@code record}, which starts at {@code origin}, yields.
   *
   * @throws LimitExceededException when the stream under the record hits a limit, which leaves
   *     jwarc unable to find the record's end
   */
  static Outcome convert(InputFile file, long offset, WarcRecord record)
      throws LimitExceededException {
    String origin = file.atOffset(offset);
    try {
      return switch (record) {
        case WarcResponse response -> fromResponse(file, offset, response);
        case WarcResource resource -> fromResource(file, offset, resource);
        default -> Outcome.NOTHING;
      };
    } catch (LimitExceededException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return failed(origin, e);
    }
  }

  private static Outcome fromResponse(InputFile file, long offset, WarcResponse response)
      throws IOException {
    String origin = file.atOffset(offset);
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return error(origin, ErrorCause.MALFORMED_RECORD, "invalid HTTP response: " + e.getMessage());
    }
    String type = documentType(mediaType(http.headers().first("Content-Type").orElse(null)));
    if (http.status() / 100 != 2 || type == null) {
      return Outcome.NOTHING;
    }
    MessageBody body;
    try {
      body = http.bodyDecoded();
    } catch (IOException e) {
      return error(origin, ErrorCause.UNSUPPORTED, IngestFailures.describe(e));
    }
    String charset = charset(http.headers().first("Content-Type").orElse(null));
    return document(file, offset, response, type, charset, body);
  }

  private static Outcome fromResource(InputFile file, long offset, WarcResource resource)
      throws IOException {
    String contentType = resource.headers().first("Content-Type").orElse(null);
    String type = documentType(mediaType(contentType));
    if (type == null) {
      return Outcome.NOTHING;
    }
    return document(file, offset, resource, type, charset(contentType), resource.body());
  }

  private static Outcome document(
      InputFile file,
      long offset,
      WarcTargetRecord record,
      String type,
      String charset,
      MessageBody body)
      throws IOException {
    int limit = file.limits().maxDocumentBytes();
    byte[] content = readAtMost(body, limit + 1);
    if (content.length > limit) {
      String message = "payload exceeds the limit of " + limit + " bytes";
      return error(file.atOffset(offset), ErrorCause.TOO_LARGE, message);
    }
    String origin = file.atOffset(offset);
    ArchivedCopy archived =
        new ArchivedCopy(
            file.path().toString(),
            offset,
            record.date(),
            target(record),
            record.payloadDigest().map(WarcDigest::prefixedBase32).orElse(null));
    RawDocument document =
        new RawDocument(
            origin,
            file.sourceId(),
            target(record),
            date(record, file.fetchedAt()),
            type,
            charset,
            content,
            archived.toHints());
    return new Outcome(document, null);
  }

  private static byte[] readAtMost(MessageBody body, int limit) throws IOException {
    InputStream in = body.stream();
    return in.readNBytes(limit);
  }

  /** {@code text/html} or {@code text/plain} for the media types Vigie reads, else {@code null}. */
  static String documentType(MediaType type) {
    if (type == null) {
      return null;
    }
    return switch (type.base().toString().toLowerCase(Locale.ROOT)) {
      case "text/html", "application/xhtml+xml" -> RawDocument.HTML;
      case "text/plain" -> RawDocument.TEXT;
      default -> null;
    };
  }

  private static MediaType mediaType(String header) {
    return header == null ? null : MediaType.parseLeniently(header);
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    return MediaType.parseLeniently(contentType).parameters().entrySet().stream()
        .filter(p -> p.getKey().equalsIgnoreCase("charset"))
        .map(p -> p.getValue().strip())
        .filter(value -> !value.isEmpty())
        .findFirst()
        .orElse(null);
  }

  private static String target(WarcTargetRecord record) {
    String target = record.target();
    return target == null || target.isBlank() ? null : target;
  }

  /** The WARC-Date, or {@code fallback} when it is missing or invalid. */
  private static Instant date(WarcRecord record, Instant fallback) {
    try {
      Instant date = record.date();
      return date == null ? fallback : date;
    } catch (org.vigie.collect.CollectionStopped stop) {
      throw stop;
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private static Outcome failed(String origin, Exception e) {
    boolean compression = e instanceof ZipException || e instanceof EOFException;
    ErrorCause cause = compression ? ErrorCause.CORRUPT_COMPRESSION : ErrorCause.MALFORMED_RECORD;
    String what = compression ? "payload is truncated or corrupt: " : "unreadable record: ";
    return error(origin, cause, what + IngestFailures.describe(e));
  }

  private static Outcome error(String origin, ErrorCause cause, String message) {
    return new Outcome(null, IngestError.skipped(origin, cause, message));
  }
}
