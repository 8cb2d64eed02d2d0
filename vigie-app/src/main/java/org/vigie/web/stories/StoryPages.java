package org.vigie.web.stories;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.document.AnalyzedDocument;
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

/** {@code /stories} (the latest stories) and {@code /stories/{id}} (one story's documents). */
public final class StoryPages {
  private static final int STORIES_LISTED = 50;
  private static final int STORY_DOCUMENTS_LISTED = 500;

  private final DocumentStore store;

  public StoryPages(DocumentStore store) {
    this.store = store;
  }

  public void list(Context ctx) {
    WebText t = Pages.text(ctx);
    Chrome chrome = Pages.chrome(ctx, t, t.t("stories.title"));
    Pages.render(ctx, "stories.jte", StoriesView.of(store.stories(STORIES_LISTED), chrome));
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    String id = ctx.pathParam("id");
    StorySummary story =
        (id.matches("[0-9a-f]{1,64}") ? store.story(id) : Optional.<StorySummary>empty())
            .orElseThrow(() -> new NotFoundResponse(id));
    SearchRequest request =
        new SearchRequest(
            QueryParser.parse(""),
            Map.of(SearchFields.STORY, Set.of(id)),
            Sort.OLDEST,
            0,
            STORY_DOCUMENTS_LISTED,
            List.of(),
            false);
    List<AnalyzedDocument> docs =
        store.search(request).hits().stream().map(SearchResult.Hit::document).toList();
    Chrome chrome = Pages.chrome(ctx, t, Links.storyLabel(story, t));
    Pages.render(ctx, "story.jte", StoryView.of(story, docs, chrome));
  }
}
