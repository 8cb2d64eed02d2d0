package org.vigie.web.documents;

import java.util.List;
import org.vigie.web.page.Chrome;

/**
 * The archived original of a document, shown inert: the WARC record's capture date, target URI and
 * payload digest, the HTTP status line and headers, and the body as text (escaped by the template,
 * never rendered as HTML).
 *
 * @param documentHref the document's page
 * @param captured the record's {@code WARC-Date} in words, or {@code null}
 * @param uri the record's target URI, or {@code null}
 * @param digest the record's payload digest, or {@code null}
 * @param record where the record lies ({@code FILE@OFFSET})
 * @param statusLine the HTTP status line, or {@code null} for a {@code resource} record
 * @param headers the response headers, one {@code Name: value} line each
 * @param body the body decoded as text, at most {@link OriginalPages#SHOWN_BYTES} bytes of it
 * @param truncated a note when the body was cut, else {@code null}
 * @param downloadHref the link that downloads the WARC record
 */
public record OriginalView(
    Chrome chrome,
    String documentHref,
    String captured,
    String uri,
    String digest,
    String record,
    String statusLine,
    List<String> headers,
    String body,
    String truncated,
    String downloadHref) {}
