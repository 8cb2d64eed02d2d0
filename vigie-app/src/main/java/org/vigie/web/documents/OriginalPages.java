package org.vigie.web.documents;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ArchivedCopy;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.ErrorView;
import org.vigie.web.page.Pages;
import org.vigie.web.page.WebText;

/**
 * The archived original of a document ({@code GET /documents/{id}/original}) and its WARC record
 * ({@code GET /documents/{id}/original.warc}): the one record the document was extracted from, read
 * with jwarc at the offset the document keeps ({@link AnalyzedDocument#archived()}).
 *
 * <p>The page is inert: headers and body are text in a {@code <pre>}, escaped by the template, so a
 * captured page never runs. A record path that leads outside the data folder (absolute, {@code ..},
 * a link) is refused (403); a file that is gone, or a record that is not the one the document
 * names, is a clear 404. Guarded like every {@code /documents} read by {@link
 * org.vigie.web.access.AccessRules}.
 */
public final class OriginalPages {
  /** The most of a body the page shows; the download has it whole. */
  static final int SHOWN_BYTES = 2 << 20;

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private final DocumentStore store;
  private final Path data;

  /**
   * @param data the data folder the records lie under, or {@code null} when there is none (every
   *     original is then unavailable)
   */
  public OriginalPages(DocumentStore store, Path data) {
    this.store = store;
    this.data = data == null ? null : data.toAbsolutePath().normalize();
  }

  /** A reason the original cannot be shown: an HTTP status and a message for the reader. */
  private static final class Unavailable extends Exception {
    final int status;

    Unavailable(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    try {
      AnalyzedDocument doc = document(ctx, t);
      ArchivedCopy copy = doc.archived();
      Path file = locate(copy, t);
      try (FileChannel channel = FileChannel.open(file);
          WarcReader reader = new WarcReader(channel.position(copy.offset()))) {
        WarcTargetRecord record = record(reader, copy, t);
        Pages.render(ctx, "original.jte", view(ctx, t, doc, copy, record));
      }
    } catch (Unavailable e) {
      fail(ctx, t, e);
    } catch (IOException e) {
      fail(ctx, t, unreadable(doc(ctx), e, t));
    }
  }

  public void download(Context ctx) {
    WebText t = Pages.text(ctx);
    try {
      AnalyzedDocument doc = document(ctx, t);
      ArchivedCopy copy = doc.archived();
      Path file = locate(copy, t);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (FileChannel channel = FileChannel.open(file);
          WarcReader reader = new WarcReader(channel.position(copy.offset()))) {
        WarcTargetRecord record = record(reader, copy, t);
        new WarcWriter(Channels.newChannel(out)).write(record);
      }
      ctx.contentType("application/warc");
      ctx.header("Content-Disposition", "attachment; filename=\"" + doc.id() + ".warc\"");
      ctx.result(out.toByteArray());
    } catch (Unavailable e) {
      fail(ctx, t, e);
    } catch (IOException e) {
      fail(ctx, t, unreadable(doc(ctx), e, t));
    }
  }

  private AnalyzedDocument document(Context ctx, WebText t) throws Unavailable {
    String id = ctx.pathParam("id");
    Optional<AnalyzedDocument> doc =
        id.matches("[0-9a-f]{1,64}") ? store.get(id) : Optional.empty();
    if (doc.isEmpty()) {
      throw new Unavailable(404, t.t("error.notFound", id));
    }
    if (doc.get().archived() == null) {
      throw new Unavailable(404, t.t("original.none", id));
    }
    return doc.get();
  }

  private ArchivedCopy doc(Context ctx) {
    return store.get(ctx.pathParam("id")).map(AnalyzedDocument::archived).orElse(null);
  }

  /** The record's file, checked to lie inside the data folder and to exist. */
  private Path locate(ArchivedCopy copy, WebText t) throws Unavailable {
    if (data == null) {
      throw new Unavailable(404, t.t("original.noData"));
    }
    String name = copy.file().toLowerCase(Locale.ROOT);
    Path file;
    try {
      file = data.resolve(copy.file()).normalize();
    } catch (InvalidPathException e) {
      throw new Unavailable(403, t.t("original.refused", copy.file()));
    }
    if (!file.startsWith(data) || !(name.endsWith(".warc") || name.endsWith(".warc.gz"))) {
      throw new Unavailable(403, t.t("original.refused", copy.file()));
    }
    if (!Files.isRegularFile(file)) {
      throw new Unavailable(404, t.t("original.gone", copy.file()));
    }
    try {
      if (!file.toRealPath().startsWith(data.toRealPath())) {
        throw new Unavailable(403, t.t("original.refused", copy.file()));
      }
    } catch (IOException e) {
      throw new Unavailable(404, t.t("original.gone", copy.file()));
    }
    return file;
  }

  /** The response (or resource) record at the copy's offset, checked against its target URI. */
  private static WarcTargetRecord record(WarcReader reader, ArchivedCopy copy, WebText t)
      throws IOException, Unavailable {
    Optional<WarcRecord> next = reader.next();
    if (next.isEmpty()
        || !(next.get() instanceof WarcResponse || next.get() instanceof WarcResource)) {
      throw new Unavailable(404, t.t("original.mismatch", where(copy)));
    }
    WarcTargetRecord record = (WarcTargetRecord) next.get();
    if (copy.uri() != null && !copy.uri().equals(record.target())) {
      throw new Unavailable(404, t.t("original.mismatch", where(copy)));
    }
    return record;
  }

  private OriginalView view(
      Context ctx, WebText t, AnalyzedDocument doc, ArchivedCopy copy, WarcTargetRecord record)
      throws IOException {
    String statusLine = null;
    MessageHeaders headers;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      HttpResponse http = response.http();
      statusLine = http.version() + " " + http.status() + " " + http.reason();
      headers = http.headers();
      body = http.bodyDecoded();
    } else {
      headers = record.headers();
      body = record.body();
    }
    List<String> lines = new ArrayList<>();
    headers.map().forEach((name, values) -> values.forEach(v -> lines.add(name + ": " + v)));
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes(SHOWN_BYTES + 1);
    }
    boolean cut = bytes.length > SHOWN_BYTES;
    int length = cut ? SHOWN_BYTES : bytes.length;
    String text = new String(bytes, 0, length, charset(headers.first("Content-Type").orElse(null)));
    String id = doc.id();
    Chrome chrome = new Chrome(t, t.t("original.title"), Pages.switchUrl(ctx, t));
    return new OriginalView(
        chrome,
        "/documents/" + id,
        copy.date() != null
            ? t.dateTime(copy.date())
            : record.date() == null ? null : t.dateTime(record.date()),
        copy.uri() != null ? copy.uri() : record.target(),
        copy.digest() != null
            ? copy.digest()
            : record.payloadDigest().map(Object::toString).orElse(null),
        where(copy),
        statusLine,
        lines,
        text,
        cut ? t.t("original.truncated", t.number(SHOWN_BYTES)) : null,
        "/documents/" + id + "/original.warc");
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      Matcher m = CHARSET.matcher(contentType);
      if (m.find()) {
        try {
          return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String where(ArchivedCopy copy) {
    return copy.file() + "@" + copy.offset();
  }

  private static Unavailable unreadable(ArchivedCopy copy, IOException e, WebText t) {
    String at = copy == null ? "?" : where(copy);
    return new Unavailable(404, t.t("original.unreadable", at, String.valueOf(e.getMessage())));
  }

  private void fail(Context ctx, WebText t, Unavailable e) {
    ctx.status(e.status);
    String title = t.t(e.status == 404 ? "error.notFound.title" : "error.title");
    Pages.render(
        ctx,
        "error.jte",
        new ErrorView(new Chrome(t, title, Pages.switchUrl(ctx, t)), e.getMessage()));
  }
}
