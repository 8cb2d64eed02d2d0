package org.vigie.search;

import java.util.List;
import org.vigie.document.AnalyzedDocument;

/**
 * One page of results.
 *
 * @param total how many documents match
 * @param hits the page, in the requested order
 * @param facets counts per requested facet field, largest first
 * @param tookMillis time spent in the backend
 */
public record SearchResult(long total, List<Hit> hits, List<Facet> facets, long tookMillis) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /**
   * A matching document, why it matched, and how many near-duplicates of it are stored.
   *
   * @param copies stored documents whose {@code duplicateOf} is this one (0 for a copy)
   */
  public record Hit(AnalyzedDocument document, float score, List<Snippet> snippets, long copies) {
    public Hit {
      snippets = List.copyOf(snippets);
    }

    public Hit(AnalyzedDocument document, float score, List<Snippet> snippets) {
      this(document, score, snippets, 0);
    }
  }

  /**
   * A passage of text with the matched words marked. Kept as parts, not HTML, so that each view
   * escapes the text itself.
   */
  public record Snippet(List<Part> parts) {
    public Snippet {
      parts = List.copyOf(parts);
    }

    /** The passage as plain text. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      parts.forEach(p -> sb.append(p.text()));
      return sb.toString();
    }
  }

  /** A run of snippet text, highlighted or not. */
  public record Part(String text, boolean highlighted) {}

  /** Value counts of one field. */
  public record Facet(String field, List<FacetValue> values) {
    public Facet {
      values = List.copyOf(values);
    }
  }

  /** One value and how many matching documents have it. */
  public record FacetValue(String value, long count) {}
}
