package org.vigie.web.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.search.SearchResult;
import org.vigie.web.page.SearchParams;

/**
 * The JSON form of a search result, one for {@code /api/search} and {@code vigie search --json}:
 * the query, totals, hits (snippets with highlight offsets) and facets as value/count lists.
 */
public final class SearchJson {
  private SearchJson() {}

  static ObjectNode write(SearchResult result, SearchParams params) {
    return write(result, params.query(), params.page(), params.size(), params.copies());
  }

  /** The result of a search for {@code query}, page {@code page} of {@code size} hits. */
  public static ObjectNode write(
      SearchResult result, String query, int page, int size, boolean copies) {
    ObjectNode root = DocumentJson.mapper().createObjectNode();
    root.put("query", query);
    root.put("total", result.total());
    root.put("page", page);
    root.put("size", size);
    root.put("copies", copies);
    root.put("tookMillis", result.tookMillis());
    ArrayNode hits = root.putArray("hits");
    for (SearchResult.Hit hit : result.hits()) {
      hits.add(hit(hit));
    }
    ObjectNode facets = root.putObject("facets");
    for (SearchResult.Facet facet : result.facets()) {
      ArrayNode values = facets.putArray(facet.field());
      facet
          .values()
          .forEach(v -> values.addObject().put("value", v.value()).put("count", v.count()));
    }
    return root;
  }

  private static ObjectNode hit(SearchResult.Hit hit) {
    AnalyzedDocument d = hit.document();
    ObjectNode h = DocumentJson.mapper().createObjectNode();
    h.put("id", d.id());
    h.put("title", d.title());
    h.put("url", d.url());
    h.put("site", d.site());
    h.put("published", d.published());
    h.put("language", d.language());
    h.put("score", hit.score());
    h.put("duplicateOf", d.duplicateOf());
    h.put("copies", hit.copies());
    ArrayNode snippets = h.putArray("snippets");
    for (SearchResult.Snippet s : hit.snippets()) {
      ObjectNode snippet = snippets.addObject();
      snippet.put("text", s.text());
      ArrayNode marks = snippet.putArray("highlights");
      int offset = 0;
      for (SearchResult.Part part : s.parts()) {
        if (part.highlighted()) {
          marks.addArray().add(offset).add(offset + part.text().length());
        }
        offset += part.text().length();
      }
    }
    return h;
  }
}
