package org.vigie.web.search;

import java.util.List;
import org.vigie.search.SearchResult;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.HistogramView;
import org.vigie.web.page.Option;

/** Everything the search page shows, computed in Java so that the templates stay plain. */
public record SearchView(
    Chrome chrome,
    String query,
    List<Option> sorts,
    List<String> filterParams,
    String error,
    String summary,
    boolean empty,
    List<ActiveFilter> active,
    String clearUrl,
    List<FacetView> facets,
    List<HitView> hits,
    Pager pager,
    Link copiesToggle,
    List<Link> exports,
    HistogramView histogram) {

  /** A link with its text. */
  public record Link(String text, String url) {}

  /**
   * "Créer une alerte" for this search (its query and filters), for the readers who may export
   * (analysts, as for alerts), else {@code null}: the export link's search parameters.
   */
  public String alertUrl() {
    if (exports.isEmpty()) {
      return null;
    }
    String export = exports.getFirst().url();
    return "/alerts/new?" + export.substring(export.indexOf('&') + 1);
  }

  /** A filter in force, with the link that removes it. */
  public record ActiveFilter(String label, String removeUrl, String removeTitle) {}

  /** One facet field and its values. */
  public record FacetView(String field, String label, List<FacetValueView> values) {}

  /** One facet value: its label, count and the link that adds (or removes) it as a filter. */
  public record FacetValueView(
      String label, String count, String url, boolean active, String entityUrl) {}

  /**
   * One result.
   *
   * @param copies for an original with near-duplicates, "n copies" linking to their list, else
   *     {@code null}
   * @param original for a copy (shown when all copies are asked for), the link to its original,
   *     else {@code null}
   */
  public record HitView(
      String url,
      String title,
      String site,
      String date,
      String language,
      List<List<SearchResult.Part>> snippets,
      Link copies,
      Link original,
      Link account) {}

  /** Links to the neighbouring pages. */
  public record Pager(String previousUrl, String nextUrl, List<PageLink> pages) {
    public boolean shown() {
      return previousUrl != null || nextUrl != null;
    }
  }

  /** One numbered page link. */
  public record PageLink(int number, String url, boolean current) {}
}
