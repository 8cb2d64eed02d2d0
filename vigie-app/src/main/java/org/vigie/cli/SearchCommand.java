package org.vigie.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.web.search.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie search QUERY}: a table of the best matches, or JSON. */
@Command(name = "search", description = "Search the archive (boolean, \"phrases\", field:value).")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; words are ANDed.")
  List<String> words;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default 10).")
  int limit;

  @Option(names = "--page", defaultValue = "1", description = "Page number, from 1.")
  int page;

  @Option(
      names = "--sort",
      defaultValue = "RELEVANCE",
      description = "RELEVANCE, NEWEST or OLDEST (default RELEVANCE).")
  Sort sort;

  @Option(
      names = {"-f", "--filter"},
      paramLabel = "FIELD:VALUE",
      description = "Keep only documents with this facet value (language:fra, year:2015…).")
  List<String> filters = List.of();

  @Option(
      names = "--all-copies",
      description =
          "Also match near-duplicates (syndicated copies), which are otherwise counted once, under"
              + " their original.")
  boolean allCopies;

  @Override
  public Integer call() {
    SearchRequest request = request();
    try (Archive archive = cli.openArchive()) {
      SearchResult result = archive.store().search(request);
      if (json) {
        cli.out.println(
            SearchJson.write(result, String.join(" ", words), page, limit, allCopies).toString());
      } else {
        printTable(result);
      }
    }
    return VigieCli.OK;
  }

  private SearchRequest request() {
    if (page < 1 || limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new UserException(
          "--page must be ≥ 1 and --limit between 1 and " + SearchRequest.MAX_LIMIT);
    }
    try {
      return SearchRequest.matching(QueryParser.parse(String.join(" ", words)))
          .withFilters(filters())
          .sortedBy(sort)
          .page((page - 1) * limit, limit)
          .withFacets(SearchFields.DEFAULT_FACETS)
          .highlighted(true)
          .withCopies(allCopies);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  private Map<String, Set<String>> filters() {
    return filters(filters);
  }

  /** {@code FIELD:VALUE} options as a request's filters. */
  static Map<String, Set<String>> filters(List<String> filters) {
    Map<String, Set<String>> map = new HashMap<>();
    for (String f : filters) {
      int colon = f.indexOf(':');
      String field = colon > 0 ? SearchFields.resolve(f.substring(0, colon)) : null;
      if (field == null || !SearchFields.KEYWORD.contains(field)) {
        throw new UserException(
            "--filter takes FIELD:VALUE with FIELD one of " + SearchFields.KEYWORD + ": " + f);
      }
      map.computeIfAbsent(field, k -> new HashSet<>()).add(f.substring(colon + 1));
    }
    return map;
  }

  private void printTable(SearchResult result) {
    Messages text = cli.messages();
    if (result.total() == 0) {
      cli.out.println(text.get("search.none"));
      return;
    }
    cli.out.println(text.get("search.count", result.total(), result.tookMillis()));
    int rank = (page - 1) * limit;
    for (SearchResult.Hit hit : result.hits()) {
      AnalyzedDocument d = hit.document();
      cli.out.printf(
          "%3d  %-10s  %-3s  %-24s  %s%n",
          ++rank,
          d.published() == null ? "—" : d.published().substring(0, 10),
          d.language(),
          clip(d.site() == null ? d.sourceId() : d.site(), 24),
          clip(d.title() == null ? firstWords(d.text()) : d.title(), 80));
      if (!hit.snippets().isEmpty()) {
        cli.out.println("     " + clip(hit.snippets().getFirst().text(), 110));
      }
      cli.out.println("     id " + d.id() + copies(text, hit));
    }
  }

  private static String copies(Messages text, SearchResult.Hit hit) {
    if (hit.document().duplicateOf() != null) {
      return "  " + text.get("search.copyOf", hit.document().duplicateOf());
    }
    return hit.copies() == 0 ? "" : "  " + text.get("search.copies", hit.copies());
  }

  private static String firstWords(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static String clip(String s, int max) {
    if (s == null) {
      return "—";
    }
    String one = s.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
