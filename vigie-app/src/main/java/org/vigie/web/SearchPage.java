package org.vigie.web;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;

/** Builds the search page's view from the parameters and the backend's answer. */
final class SearchPage {
  private static final int PAGE_LINKS = 7;
  private final Searcher searcher;

  /** The name of a topic id, shown in facets and filters; the id until a taxonomy is given. */
  private volatile java.util.function.Function<String, String> topicName = id -> id;

  SearchPage(Searcher searcher) {
    this.searcher = searcher;
  }

  void topicNames(java.util.function.Function<String, String> names) {
    this.topicName = names;
  }

  /** A topic id's name. */
  String topicName(String id) {
    return topicName.apply(id);
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
    if (!org.vigie.web.access.Viewer.current().may(org.vigie.archive.access.Role.ANALYST)) {
      return List.of();
    }
    return List.of(
        new SearchView.Link(t.t("export.csv"), params.exportUrl("csv")),
        new SearchView.Link(t.t("export.jsonl"), params.exportUrl("jsonl")));
  }

  private static List<SearchView.Option> sorts(SearchParams params, WebText t) {
    List<SearchView.Option> options = new ArrayList<>();
    for (Sort s : Sort.values()) {
      options.add(new SearchView.Option(s.name(), t.t("sort." + s.name()), s == params.sort()));
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
                EntityPages.isEntityField(facet.field())
                    ? EntityPages.url(facet.field(), v.value())
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
      case SearchFields.TYPE -> t.t("type." + value);
      case SearchFields.CONTENT_TYPE -> t.t("content." + value);
      case SearchFields.SOURCE -> sourceLabel(value, t);
      default -> value;
    };
  }

  /** A file source shows its folder name, not its whole path; the demo's samples are named. */
  static String sourceLabel(String source, WebText t) {
    if (source.equals("demo:samples")) {
      return t.t("source.demo");
    }
    if (!source.startsWith("files:")) {
      return source;
    }
    String path = source.substring("files:".length()).replaceAll("[/\\\\]+$", "");
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  /** "Show all copies" when copies are left out, "count each article once" when they are shown. */
  private static SearchView.Link copiesToggle(SearchParams params, WebText t) {
    return new SearchView.Link(
        t.t(params.copies() ? "copies.hide" : "copies.show"),
        params.withCopies(!params.copies()).url());
  }

  /** The search listing an original's copies. */
  static String copiesUrl(String originalId) {
    return new SearchParams(
            "",
            List.of(new SearchParams.Filter(SearchFields.DUPLICATE_OF, originalId)),
            Sort.OLDEST,
            1,
            SearchParams.DEFAULT_SIZE,
            true)
        .url();
  }

  private static SearchView.Link copies(SearchResult.Hit hit, WebText t) {
    if (hit.copies() == 0) {
      return null;
    }
    return new SearchView.Link(
        t.t("copies.count", hit.copies(), t.number(hit.copies())), copiesUrl(hit.document().id()));
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
              displayTitle(d, t),
              d.site() == null
                  ? sourceLabel(d.sourceId() == null ? "—" : d.sourceId(), t)
                  : d.site(),
              t.date(d.published()),
              t.language(d.language()),
              snippets,
              copies(hit, t),
              original(d, t)));
    }
    return hits;
  }

  /** The title, or the text's first words when there is none. */
  static String displayTitle(AnalyzedDocument d, WebText t) {
    if (d.title() != null && !d.title().isBlank()) {
      return d.title();
    }
    String text = d.text().strip();
    if (text.isEmpty()) {
      return t.t("doc.untitled");
    }
    int cut = text.indexOf(' ', Math.min(text.length(), 80));
    return cut < 0 ? text : text.substring(0, cut) + " …";
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
