package org.vigie.web.page;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;

/**
 * The search parameters of a page or API call ({@code q}, repeated {@code f=field:value}, {@code
 * sort}, {@code page}, {@code size}, {@code copies=1}), validated where they are read, and the URLs
 * that change one of them.
 *
 * @param query the query text as typed
 * @param filters active filters, in the order they were added
 * @param sort the order
 * @param page the page, from 1
 * @param size hits per page
 * @param copies whether near-duplicates are shown and counted too ({@code copies=1})
 */
public record SearchParams(
    String query, List<Filter> filters, Sort sort, int page, int size, boolean copies) {
  public static final int DEFAULT_SIZE = 10;

  /** Parameters that leave copies out. */
  public SearchParams(String query, List<Filter> filters, Sort sort, int page, int size) {
    this(query, filters, sort, page, size, false);
  }

  /** One active facet filter. */
  public record Filter(String field, String value) {
    public String param() {
      return field + ":" + value;
    }
  }

  public static SearchParams from(Context ctx) {
    String q = ctx.queryParam("q");
    List<Filter> filters = new ArrayList<>();
    for (String f : ctx.queryParams("f")) {
      filters.add(filter(f));
    }
    Sort sort = sort(ctx.queryParam("sort"));
    int size = number(ctx.queryParam("size"), DEFAULT_SIZE, "size", 1, 100);
    int maxPage = SearchRequest.MAX_WINDOW / size + 1;
    int page = number(ctx.queryParam("page"), 1, "page", 1, maxPage);
    boolean copies = flag(ctx.queryParam("copies"), "copies");
    return new SearchParams(
        q == null ? "" : q.strip(), List.copyOf(filters), sort, page, size, copies);
  }

  private static boolean flag(String value, String name) {
    if (value == null || value.isBlank() || value.strip().equals("0")) {
      return false;
    }
    if (value.strip().equals("1")) {
      return true;
    }
    throw new BadRequestResponse("bad " + name + " '" + value + "': expected 0 or 1");
  }

  private static Filter filter(String f) {
    int colon = f.indexOf(':');
    String field = colon > 0 ? f.substring(0, colon) : "";
    if (!SearchFields.KEYWORD.contains(field) || colon == f.length() - 1) {
      throw new BadRequestResponse(
          "bad filter '" + f + "': expected FIELD:VALUE with FIELD one of " + SearchFields.KEYWORD);
    }
    return new Filter(field, f.substring(colon + 1));
  }

  private static Sort sort(String value) {
    if (value == null || value.isBlank()) {
      return Sort.RELEVANCE;
    }
    try {
      return Sort.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(
          "bad sort '" + value + "': expected RELEVANCE, NEWEST or OLDEST");
    }
  }

  private static int number(String value, int fallback, String name, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestResponse(
        "bad " + name + " '" + value + "': expected a number from " + min + " to " + max);
  }

  /** The backend request; throws {@link org.vigie.search.QuerySyntaxException} for a bad query. */
  public SearchRequest toRequest(boolean highlight) {
    Map<String, Set<String>> byField = new LinkedHashMap<>();
    for (Filter f : filters) {
      byField.computeIfAbsent(f.field(), k -> new LinkedHashSet<>()).add(f.value());
    }
    return new SearchRequest(
        QueryParser.parse(query),
        byField,
        sort,
        (page - 1) * size,
        size,
        SearchFields.DEFAULT_FACETS,
        highlight,
        copies);
  }

  public boolean hasFilter(String field, String value) {
    return filters.contains(new Filter(field, value));
  }

  public SearchParams withFilter(String field, String value) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(new Filter(field, value));
    return new SearchParams(query, more, sort, 1, size, copies);
  }

  public SearchParams withoutFilter(Filter filter) {
    List<Filter> fewer = new ArrayList<>(filters);
    fewer.remove(filter);
    return new SearchParams(query, fewer, sort, 1, size, copies);
  }

  public SearchParams withoutFilters() {
    return new SearchParams(query, List.of(), sort, 1, size, copies);
  }

  public SearchParams withCopies(boolean on) {
    return new SearchParams(query, filters, sort, 1, size, on);
  }

  public SearchParams atPage(int n) {
    return new SearchParams(query, filters, sort, n, size, copies);
  }

  /** The address that exports this search's whole result set ({@code csv} or {@code jsonl}). */
  public String exportUrl(String format) {
    String search = withCopies(copies).url();
    return "/export?format=" + format + "&" + search.substring(2);
  }

  /** The search page's address for these parameters. */
  public String url() {
    StringBuilder sb = new StringBuilder("/?q=").append(encode(query));
    filters.forEach(f -> sb.append("&f=").append(encode(f.param())));
    if (sort != Sort.RELEVANCE) {
      sb.append("&sort=").append(sort.name());
    }
    if (page > 1) {
      sb.append("&page=").append(page);
    }
    if (size != DEFAULT_SIZE) {
      sb.append("&size=").append(size);
    }
    if (copies) {
      sb.append("&copies=1");
    }
    return sb.toString();
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
