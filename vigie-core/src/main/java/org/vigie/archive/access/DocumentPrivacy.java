package org.vigie.archive.access;

import java.util.Locale;
import org.vigie.document.AnalyzedDocument;

/**
 * What readers other than administrators see of where a document came from: a stored file's path on
 * the server is not theirs to see. The origin stays when it is a web address (the page a document
 * was fetched from); a path (a file, a WARC record) is dropped; a file source's id keeps only its
 * last folder or file name ({@code files:/srv/vigie/imports/2024-03} → {@code files:2024-03}), as
 * its label does on the pages.
 */
public final class DocumentPrivacy {
  private DocumentPrivacy() {}

  /** The document as readers see it. */
  public static AnalyzedDocument forReaders(AnalyzedDocument d) {
    String origin = d.origin();
    String source = d.sourceId();
    boolean webOrigin = origin == null || isWeb(origin);
    String shownSource = source == null ? null : source(source);
    if (webOrigin && java.util.Objects.equals(shownSource, source)) {
      return d;
    }
    return d.toBuilder().origin(webOrigin ? origin : null).sourceId(shownSource).build();
  }

  /** A source id without its server path. */
  public static String source(String sourceId) {
    if (!sourceId.startsWith("files:")) {
      return sourceId;
    }
    String path = sourceId.substring("files:".length()).replaceAll("[/\\\\]+$", "");
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return "files:" + (slash >= 0 ? path.substring(slash + 1) : path);
  }

  private static boolean isWeb(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
