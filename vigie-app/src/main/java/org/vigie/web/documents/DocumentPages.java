package org.vigie.web.documents;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vigie.archive.catalog.LiveCatalog;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.DocumentStore;
import org.vigie.store.StorySummary;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Links;
import org.vigie.web.page.Pages;
import org.vigie.web.page.WebText;

/** {@code /documents/{id}} and {@code /api/documents/{id}}: one stored document. */
public final class DocumentPages {
  private static final int COPIES_LISTED = 100;

  private final DocumentStore store;
  private final Function<String, String> topicName;
  private final LiveCatalog live;
  private org.vigie.archive.review.ReviewQueue review;

  /**
   * @param topicName the name of a topic id, shown instead of the id
   * @param live what live sources noticed about posts (engagement, removals), or {@code null}
   */
  public DocumentPages(DocumentStore store, Function<String, String> topicName, LiveCatalog live) {
    this.store = store;
    this.topicName = topicName;
    this.live = live;
  }

  /** Shows, on each flagged document's page, its item of the review queue and its status. */
  public DocumentPages withReview(org.vigie.archive.review.ReviewQueue queue) {
    this.review = queue;
    return this;
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    AnalyzedDocument doc = document(ctx);
    Chrome chrome = Pages.chrome(ctx, t, Links.displayTitle(doc, t));
    AnalyzedDocument original =
        doc.duplicateOf() == null ? null : store.get(doc.duplicateOf()).orElse(null);
    StorySummary story = doc.storyId() == null ? null : store.story(doc.storyId()).orElse(null);
    AnalyzedDocument shown =
        shown(doc).toBuilder().topics(doc.topics().stream().map(topicName).toList()).build();
    Pages.render(
        ctx,
        "document.jte",
        DocumentView.of(
            shown,
            chrome,
            backUrl(ctx),
            original,
            copies(doc),
            story,
            PostView.of(shown, store, chrome.t()),
            LivePostLines.view(live, doc.id(), t),
            reviewLink(doc.id(), t)));
  }

  private DocumentView.Link reviewLink(String id, WebText t) {
    if (review == null) {
      return null;
    }
    return review
        .ofDocument(id, org.vigie.document.Signal.HARM)
        .map(
            i ->
                new DocumentView.Link(
                    t.t("doc.review", t.t("review.status." + i.status().code())), i.path()))
        .orElse(null);
  }

  public void api(Context ctx) {
    ctx.contentType("application/json").result(DocumentJson.write(shown(document(ctx))));
  }

  /** The document as this reader may see it: a server path only for administrators. */
  private static AnalyzedDocument shown(AnalyzedDocument d) {
    return org.vigie.web.page.Viewer.current().may(org.vigie.archive.access.Role.ADMIN)
        ? d
        : org.vigie.archive.access.DocumentPrivacy.forReaders(d);
  }

  /** {@code /api/documents/{id}/engagement}: the post's engagement history and removal. */
  public void engagement(Context ctx) {
    AnalyzedDocument doc = document(ctx);
    ctx.contentType("application/json").result(LivePostLines.json(live, doc.id()).toString());
  }

  /** The first stored copies of an original, oldest first; none for a copy. */
  private List<AnalyzedDocument> copies(AnalyzedDocument doc) {
    if (doc.duplicateOf() != null) {
      return List.of();
    }
    SearchRequest request =
        new SearchRequest(
            QueryParser.parse(""),
            Map.of(SearchFields.DUPLICATE_OF, Set.of(doc.id())),
            Sort.OLDEST,
            0,
            COPIES_LISTED,
            List.of(),
            false,
            true);
    return store.search(request).hits().stream().map(SearchResult.Hit::document).toList();
  }

  /** The search the reader came from, when it was this site's; else the search page. */
  private static String backUrl(Context ctx) {
    String referer = ctx.header("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      boolean here = ctx.host() != null && ctx.host().equals(uri.getRawAuthority());
      boolean search = "/".equals(uri.getRawPath());
      return here && search
          ? "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
          : "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  private AnalyzedDocument document(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{1,64}")) {
      throw new NotFoundResponse(id);
    }
    return store.get(id).orElseThrow(() -> new NotFoundResponse(id));
  }
}
