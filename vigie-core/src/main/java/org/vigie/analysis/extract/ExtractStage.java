package org.vigie.analysis.extract;

import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ArchivedCopy;
import org.vigie.document.ErrorCause;
import org.vigie.document.RawDocument;

/**
 * The first stage: decodes the raw bytes, extracts the article (HTML pages with {@link
 * HtmlExtractor}, anything else as copied plain text with {@link TextCleaner}) and fills the
 * draft's title, author, publication time, site, URL (when the collector had none) and text.
 *
 * <p>Metadata that came with the input ({@link RawDocument.Hint}) wins over what the extractor
 * found, since a collector's metadata was given on purpose; an unreadable {@code published} hint is
 * ignored with a warning. A fallback from invalid UTF-8 is a warning ({@link ErrorCause#ENCODING}).
 * Binary content ({@link ErrorCause#BINARY}) and documents with no text left ({@link
 * ErrorCause#NO_TEXT}) are rejected. The id and the language are left to later stages.
 *
 * <p>Platform posts ({@link RawDocument#isPost()}) keep their words as given and take their
 * metadata from the post ({@link PostExtraction}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractStage implements Stage {
  public static final String NAME = "extract";
  private final HtmlExtractor html = new HtmlExtractor();
  private final TextCleaner plain = new TextCleaner();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void process(DocumentDraft draft) {
    RawDocument raw = draft.raw();
    if (raw.isPost()) {
      PostExtraction.fill(draft);
      return;
    }
    TextDecoder.Decoded decoded = decode(draft);
    Extraction found =
        isHtml(raw) ? html.extract(decoded.text(), raw.url()) : plain.clean(decoded.text());
    if (found.text().isBlank()) {
      throw new DocumentRejectedException(
          ErrorCause.NO_TEXT, "no text left after extraction (" + raw.contentType() + ")");
    }
    fill(draft, found);
  }

  private static TextDecoder.Decoded decode(DocumentDraft draft) {
    RawDocument raw = draft.raw();
    TextDecoder.Decoded decoded = TextDecoder.decode(raw.content(), raw.charset(), isHtml(raw));
    if (TextDecoder.looksBinary(decoded.text())) {
      throw new DocumentRejectedException(
          ErrorCause.BINARY,
          "binary content, not text ("
              + raw.content().length
              + " bytes of "
              + raw.contentType()
              + ")");
    }
    if (decoded.fellBack()) {
      draft.warn(
          ErrorCause.ENCODING,
          "not valid UTF-8 (byte offset "
              + decoded.invalidUtf8Offset()
              + "); read as windows-1252");
    }
    return decoded;
  }

  private static boolean isHtml(RawDocument raw) {
    return raw.isHtml() || raw.contentType().contains("html");
  }

  private static void fill(DocumentDraft draft, Extraction found) {
    RawDocument raw = draft.raw();
    AnalyzedDocument.Builder doc = draft.document();
    doc.title(hintOr(raw, RawDocument.Hint.TITLE, found.title()))
        .author(hintOr(raw, RawDocument.Hint.AUTHOR, found.author()))
        .site(hintOr(raw, RawDocument.Hint.SITE, found.site()))
        .published(published(draft, found))
        .contentType(raw.contentType())
        .archived(ArchivedCopy.fromHints(raw.hints()))
        .claimReviews(found.claimReviews())
        .text(found.text());
    if (raw.url() == null) {
      doc.url(found.url());
    }
  }

  private static String hintOr(RawDocument raw, String key, String found) {
    String hint = raw.hint(key);
    return hint == null || hint.isBlank() ? found : hint.strip();
  }

  private static String published(DocumentDraft draft, Extraction found) {
    String hint = draft.raw().hint(RawDocument.Hint.PUBLISHED);
    if (hint == null || hint.isBlank()) {
      return found.published();
    }
    String iso = PublicationDates.toIso(hint);
    if (iso == null) {
      draft.warn(
          ErrorCause.MALFORMED_RECORD,
          "published hint '" + hint + "' is not a date; kept the extracted one");
      return found.published();
    }
    return iso;
  }
}
