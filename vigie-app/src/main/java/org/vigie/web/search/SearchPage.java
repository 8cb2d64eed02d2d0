package org.vigie.web.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.DateHistograms;
import org.vigie.web.page.HistogramView;
import org.vigie.web.page.Links;
import org.vigie.web.page.Option;
import org.vigie.web.page.Pages;
import org.vigie.web.page.QueryErrorText;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/** Builds the search page's view from the parameters and the backend's answer. */
public final class SearchPage {
  private static final int PAGE_LINKS = 7;
  private final Searcher searcher;

  /** The name of a topic id, shown in facets and filters; the id until a taxonomy is given. */
  private volatile java.util.function.Function<String, String> topicName = id -> id;

  public SearchPage(Searcher searcher) {
    this.searcher = searcher;
  }

  public void topicNames(java.util.function.Function<String, String> names) {
    this.topicName = names;
  }

  /** A topic id's name. */
  public String topicName(String id) {
    return topicName.apply(id);
  }

  /** {@code /}: the page, or only its results for an htmx request. */
  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    SearchView view = view(SearchParams.from(ctx), t, Pages.switchUrl(ctx, t));
    if (view.error() != null) {
      ctx.status(400);
    }
    boolean fragment =
        "true".equals(ctx.header("HX-Request"))
            && !"true".equals(ctx.header("HX-History-Restore-Request"));
    Pages.render(ctx, fragment ? "results.jte" : "search.jte", view);
  }

  /** {@code /api/search}. */
  public void api(Context ctx) {
    SearchParams params = SearchParams.from(ctx);
    SearchResult result = searcher.search(params.toRequest(true));
    if (!org.vigie.web.page.Viewer.current().may(org.vigie.archive.access.Role.ADMIN)) {
      // a server path is for administrators only
      result =
          new SearchResult(
              result.total(),
              result.hits().stream()
                  .map(
                      h ->
                          new SearchResult.Hit(
                              org.vigie.archive.access.DocumentPrivacy.forReaders(h.document()),
                              h.score(),
                              h.snippets(),
                              h.copies()))
                  .toList(),
              result.facets().stream()
                  .map(
                      f ->
                          !f.field().equals(org.vigie.search.SearchFields.SOURCE)
                              ? f
                              : new SearchResult.Facet(
                                  f.field(),
                                  f.values().stream()
                                      .map(
                                          v ->
                                              new SearchResult.FacetValue(
                                                  org.vigie.archive.access.DocumentPrivacy.source(
                                                      v.value()),
                                                  v.count()))
                                      .toList()))
                  .toList(),
              result.tookMillis());
    }
    ctx.contentType("application/json").result(SearchJson.write(result, params).toString());
  }

  SearchView view(SearchParams params, WebText t, String switchUrl) {
    Chrome chrome = new Chrome(t, title(params, t), switchUrl);
    try {
      SearchResult result = searcher.search(params.toRequest(true));
      return found(chrome, params, result);
    } catch (QuerySyntaxException e) {
      return failed(chrome, params, t.t("search.error", QueryErrorText.describe(t, e)));
    }
  }

  private static String title(SearchParams params, WebText t) {
    return params.query().isEmpty()
        ? t.t("search.title")
        : params.query() + " · " + t.t("search.title");
  }

  private SearchView found(Chrome chrome, SearchParams params, SearchResult result) {
    WebText t = chrome.t();
    String summary =
        t.t("search.count", result.total(), t.number(result.total()), result.tookMillis());
    return new SearchView(
        chrome,
        params.query(),
        sorts(params, t),
        filterParams(params),
        null,
        summary,
        result.total() == 0,
        active(params, t),
        params.withoutFilters().url(),
        facets(params, result, t),
        hits(result, t),
        pager(params, result.total()),
        copiesToggle(params, t),
        exports(params, t),
        histogram(params, t));
  }

  /** The matches by date; each bar, or a brushed range, narrows the search to its dates. */
  private HistogramView histogram(SearchParams params, WebText t) {
    try {
      return DateHistograms.view(
          DateHistograms.auto(searcher, params.toRequest(false)),
          params.query(),
          t,
          q ->
              new SearchParams(
                      q, params.filters(), params.sort(), 1, params.size(), params.copies())
                  .url());
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  private SearchView failed(Chrome chrome, SearchParams params, String error) {
    return new SearchView(
        chrome,
        params.query(),
        sorts(params, chrome.t()),
        filterParams(params),
        error,
        null,
        false,
        active(params, chrome.t()),
        params.withoutFilters().url(),
        List.of(),
        List.of(),
        new SearchView.Pager(null, null, List.of()),
        copiesToggle(params, chrome.t()),
        List.of(),
        null);
  }

  /** Links that download the whole result set, for readers allowed to export. */
  private static List<SearchView.Link> exports(SearchParams params, WebText t) {
    if (!org.vigie.web.page.Viewer.current().may(org.vigie.archive.access.Role.ANALYST)) {
      return List.of();
    }
    return List.of(
        new SearchView.Link(t.t("export.csv"), params.exportUrl("csv")),
        new SearchView.Link(t.t("export.jsonl"), params.exportUrl("jsonl")));
  }

  private static List<Option> sorts(SearchParams params, WebText t) {
    List<Option> options = new ArrayList<>();
    for (Sort s : Sort.values()) {
      options.add(new Option(s.name(), t.t("sort." + s.name()), s == params.sort()));
    }
    return options;
  }

  private static List<String> filterParams(SearchParams params) {
    return params.filters().stream().map(SearchParams.Filter::param).toList();
  }

  private List<SearchView.ActiveFilter> active(SearchParams params, WebText t) {
    List<SearchView.ActiveFilter> active = new ArrayList<>();
    for (SearchParams.Filter f : params.filters()) {
      String label = t.t("facet." + f.field()) + " : " + label(f.field(), f.value(), t);
      active.add(
          new SearchView.ActiveFilter(
              label, params.withoutFilter(f).url(), t.t("filters.remove", label)));
    }
    return active;
  }

  private List<SearchView.FacetView> facets(SearchParams params, SearchResult result, WebText t) {
    List<SearchView.FacetView> facets = new ArrayList<>();
    for (SearchResult.Facet facet : result.facets()) {
      if (facet.values().isEmpty()) {
        continue;
      }
      List<SearchView.FacetValueView> values = new ArrayList<>();
      for (SearchResult.FacetValue v : facet.values()) {
        boolean on = params.hasFilter(facet.field(), v.value());
        SearchParams target =
            on
                ? params.withoutFilter(new SearchParams.Filter(facet.field(), v.value()))
                : params.withFilter(facet.field(), v.value());
        values.add(
            new SearchView.FacetValueView(
                label(facet.field(), v.value(), t),
                t.number(v.count()),
                target.url(),
                on,
                Links.isEntityField(facet.field())
                    ? Links.entity(facet.field(), v.value())
                    : null));
      }
      facets.add(new SearchView.FacetView(facet.field(), t.t("facet." + facet.field()), values));
    }
    return facets;
  }

  /** A facet value as shown, topics by their names. */
  private String label(String field, String value, WebText t) {
    return SearchFields.TOPIC.equals(field) ? topicName.apply(value) : valueLabel(field, value, t);
  }

  /** How a facet value is shown: language names, months in words, readable types. */
  static String valueLabel(String field, String value, WebText t) {
    return switch (field) {
      case SearchFields.LANGUAGE -> t.language(value);
      case SearchFields.MONTH -> t.month(value);
      case SearchFields.YEAR -> SearchFields.UNDATED.equals(value) ? t.t("year.undated") : value;
      case SearchFields.TYPE -> t.t("type." + value);
      case SearchFields.CONTENT_TYPE -> t.t("content." + value);
      case SearchFields.SOURCE -> Links.sourceLabel(value, t);
      default -> value;
    };
  }

  /** "Show all copies" when copies are left out, "count each article once" when they are shown. */
  private static SearchView.Link copiesToggle(SearchParams params, WebText t) {
    return new SearchView.Link(
        t.t(params.copies() ? "copies.hide" : "copies.show"),
        params.withCopies(!params.copies()).url());
  }

  private static SearchView.Link copies(SearchResult.Hit hit, WebText t) {
    if (hit.copies() == 0) {
      return null;
    }
    return new SearchView.Link(
        t.t("copies.count", hit.copies(), t.number(hit.copies())),
        Links.copies(hit.document().id()));
  }

  private static SearchView.Link original(AnalyzedDocument d, WebText t) {
    return d.duplicateOf() == null
        ? null
        : new SearchView.Link(t.t("copies.of"), "/documents/" + d.duplicateOf());
  }

  private static List<SearchView.HitView> hits(SearchResult result, WebText t) {
    List<SearchView.HitView> hits = new ArrayList<>();
    for (SearchResult.Hit hit : result.hits()) {
      AnalyzedDocument d = hit.document();
      List<List<SearchResult.Part>> snippets =
          hit.snippets().stream().map(SearchResult.Snippet::parts).toList();
      hits.add(
          new SearchView.HitView(
              "/documents/" + d.id(),
              Links.displayTitle(d, t),
              d.site() == null
                  ? Links.sourceLabel(d.sourceId() == null ? "—" : d.sourceId(), t)
                  : d.site(),
              t.dateOrCollected(d.published(), d.fetchedAt()),
              t.language(d.language()),
              snippets,
              copies(hit, t),
              original(d, t),
              account(d)));
    }
    return hits;
  }

  /** A post's author, linking to its account page. */
  private static SearchView.Link account(AnalyzedDocument d) {
    String[] key = org.vigie.archive.accounts.AccountRegistry.key(d.site(), d.account());
    if (key == null) {
      return null;
    }
    var a = d.account();
    String label =
        a.handle() != null && !a.handle().isBlank()
            ? "@" + a.handle()
            : a.name() != null && !a.name().isBlank() ? a.name() : key[1];
    return new SearchView.Link(
        label, "/accounts/" + key[0] + "/" + org.vigie.web.page.SearchParams.encode(key[1]));
  }

  private static SearchView.Pager pager(SearchParams params, long total) {
    int last = (int) Math.min((total + params.size() - 1) / params.size(), maxPage(params));
    int current = params.page();
    String previous = current > 1 ? params.atPage(current - 1).url() : null;
    String next = current < last ? params.atPage(current + 1).url() : null;
    List<SearchView.PageLink> pages = new ArrayList<>();
    int from = Math.max(1, current - PAGE_LINKS / 2);
    int to = Math.min(last, from + PAGE_LINKS - 1);
    for (int n = from; n <= to && last > 1; n++) {
      pages.add(new SearchView.PageLink(n, params.atPage(n).url(), n == current));
    }
    return new SearchView.Pager(previous, next, pages);
  }

  private static int maxPage(SearchParams params) {
    return org.vigie.search.SearchRequest.MAX_WINDOW / params.size();
  }
}
