package org.vigie.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.QueryLimits;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;

/**
 * Searches of the OpenSearch backend: a page of hits with highlights and copy counts, facets as
 * terms aggregations, date histograms, and streams of every match through a point in time.
 */
final class OpenSearchSearches {
  private static final ObjectMapper JSON = OpenSearchConnection.json();
  private static final int FACET_VALUES = 50;
  private static final int STREAM_BATCH = 500;
  private static final String KEEP_ALIVE = "2m";
  private static final char MARK_START = '\u0001';
  private static final char MARK_END = '\u0002';

  private final OpenSearchConnection connection;
  private final String index;
  private final OpenSearchQueries queries;

  OpenSearchSearches(OpenSearchConnection connection, String index, OpenSearchQueries queries) {
    this.connection = connection;
    this.index = index;
    this.queries = queries;
  }

  SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    ObjectNode body = JSON.createObjectNode();
    body.set("query", queries.filtered(request));
    body.put("track_total_hits", true);
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.set("sort", sort(request.sort()));
    body.putObject("_source").putArray("excludes").add("vigie");
    if (!request.facets().isEmpty()) {
      ObjectNode aggs = body.putObject("aggs");
      for (String field : request.facets()) {
        ObjectNode terms = aggs.putObject(field).putObject("terms");
        terms.put("field", DocumentSource.FACET + field);
        terms.put("size", FACET_VALUES);
        terms.put("shard_size", FACET_VALUES * 10);
        ArrayNode order = terms.putArray("order");
        order.addObject().put("_count", "desc");
        order.addObject().put("_key", "asc");
      }
    }
    if (request.highlight() && request.limit() > 0) {
      body.set("highlight", highlight(queries.forHighlighting().build(request.query())));
    }
    JsonNode reply = budgeted(body);
    long total = reply.path("hits").path("total").path("value").asLong();
    List<SearchResult.Hit> hits = hits(reply.path("hits").path("hits"));
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (String field : request.facets()) {
      List<SearchResult.FacetValue> values = new ArrayList<>();
      for (JsonNode b : reply.path("aggregations").path(field).path("buckets")) {
        values.add(
            new SearchResult.FacetValue(b.path("key").asText(), b.path("doc_count").asLong()));
      }
      facets.add(new SearchResult.Facet(field, values));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(total, hits, facets, took);
  }

  private List<SearchResult.Hit> hits(JsonNode found) {
    List<AnalyzedDocument> docs = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (JsonNode hit : found) {
      AnalyzedDocument doc = DocumentSource.document(hit.path("_source"));
      docs.add(doc);
      if (doc.duplicateOf() == null) {
        originals.add(doc.id());
      }
    }
    Map<String, Long> copies = copies(originals);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      JsonNode hit = found.get(i);
      float score = hit.path("_score").isNumber() ? (float) hit.path("_score").asDouble() : 0f;
      List<SearchResult.Snippet> snippets = new ArrayList<>();
      for (JsonNode fragment : hit.path("highlight").path(SearchFields.TEXT)) {
        snippets.add(snippet(fragment.asText()));
      }
      AnalyzedDocument doc = docs.get(i);
      hits.add(new SearchResult.Hit(doc, score, snippets, copies.getOrDefault(doc.id(), 0L)));
    }
    return hits;
  }

  /** How many stored documents copy each of these originals: one aggregation for the page. */
  private Map<String, Long> copies(List<String> originals) {
    if (originals.isEmpty()) {
      return Map.of();
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("size", 0);
    String field = DocumentSource.MATCH + SearchFields.DUPLICATE_OF;
    ArrayNode ids = body.putObject("query").putObject("terms").putArray(field);
    originals.forEach(ids::add);
    ObjectNode terms = body.putObject("aggs").putObject("copies").putObject("terms");
    terms.put("field", field);
    terms.put("size", originals.size());
    Map<String, Long> counts = new HashMap<>();
    for (JsonNode b : search(body).path("aggregations").path("copies").path("buckets")) {
      counts.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    return counts;
  }

  private static ObjectNode highlight(ObjectNode main) {
    ObjectNode h = JSON.createObjectNode();
    h.put("type", "unified");
    h.putArray("pre_tags").add(String.valueOf(MARK_START));
    h.putArray("post_tags").add(String.valueOf(MARK_END));
    h.set("highlight_query", main);
    ObjectNode text = h.putObject("fields").putObject(SearchFields.TEXT);
    text.put("number_of_fragments", 2);
    text.put("fragment_size", 280);
    text.put("boundary_scanner", "sentence");
    text.put("boundary_scanner_locale", "fr-FR");
    return h;
  }

  /** A fragment with marks around matches, as parts. */
  static SearchResult.Snippet snippet(String fragment) {
    List<SearchResult.Part> parts = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean highlighted = false;
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == MARK_START || c == MARK_END) {
        if (!run.isEmpty()) {
          parts.add(new SearchResult.Part(run.toString(), highlighted));
          run.setLength(0);
        }
        highlighted = c == MARK_START;
      } else {
        run.append(c == '\n' ? ' ' : c);
      }
    }
    if (!run.isEmpty()) {
      parts.add(new SearchResult.Part(run.toString(), highlighted));
    }
    return new SearchResult.Snippet(parts);
  }

  private static ArrayNode sort(Sort sort) {
    if (sort == Sort.RELEVANCE) {
      ArrayNode s = JSON.createArrayNode();
      s.addObject().put("_score", "desc");
      s.addObject().put(DocumentSource.MATCH + SearchFields.ID, "asc");
      return s;
    }
    ArrayNode s = JSON.createArrayNode();
    ObjectNode by = s.addObject().putObject(DocumentSource.PUBLISHED_MS);
    by.put("order", sort == Sort.NEWEST ? "desc" : "asc");
    by.put("missing", "_last");
    s.addObject().put(DocumentSource.MATCH + SearchFields.ID, "asc");
    return s;
  }

  static ArrayNode newestFirst() {
    return sort(Sort.NEWEST);
  }

  /**
   * Counts the dated matches by bucket of their publication day and the undated ones apart (they
   * are never placed on the day they were collected).
   */
  Histogram histogram(SearchRequest request, Interval interval) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", 0);
    body.set("query", queries.filtered(request));
    ObjectNode aggs = body.putObject("aggs");
    ObjectNode dated = aggs.putObject("dated");
    dated.putObject("filter").putObject("exists").put("field", DocumentSource.PUBLISHED_MS);
    ObjectNode h = dated.putObject("aggs").putObject("h").putObject("date_histogram");
    h.put("field", DocumentSource.DATED_MS);
    h.put("calendar_interval", interval.name().toLowerCase(Locale.ROOT));
    h.put("time_zone", "UTC");
    h.put("min_doc_count", 0);
    aggs.putObject("undated").putObject("missing").put("field", DocumentSource.PUBLISHED_MS);
    JsonNode result = budgeted(body).path("aggregations");
    List<Histogram.Bucket> buckets = new ArrayList<>();
    for (JsonNode b : result.path("dated").path("h").path("buckets")) {
      LocalDate day =
          Instant.ofEpochMilli(b.path("key").asLong()).atZone(ZoneOffset.UTC).toLocalDate();
      buckets.add(new Histogram.Bucket(day, b.path("doc_count").asLong()));
    }
    return new Histogram(interval, buckets, result.path("undated").path("doc_count").asLong());
  }

  /**
   * Streams the matches through a point in time, a page at a time with {@code search_after}: a
   * stable order (newest or oldest first when the request asks for it, then by id; else by id), and
   * writes made during the visit are not seen.
   */
  void forEachMatch(SearchRequest request, Consumer<AnalyzedDocument> action) {
    ObjectNode query = queries.filtered(request);
    ArrayNode order = request.sort() == Sort.RELEVANCE ? byId() : sort(request.sort());
    visit(query, null, order, source -> action.accept(DocumentSource.document(source)));
  }

  private static ArrayNode byId() {
    ArrayNode s = JSON.createArrayNode();
    s.addObject().put(DocumentSource.MATCH + SearchFields.ID, "asc");
    return s;
  }

  /** Hands the {@code _source} of every document matching a query to {@code action}. */
  void visit(JsonNode query, List<String> sourceFields, Consumer<JsonNode> action) {
    visit(query, sourceFields, byId(), action);
  }

  private void visit(
      JsonNode query, List<String> sourceFields, ArrayNode order, Consumer<JsonNode> action) {
    String pit =
        connection
            .ok(
                "POST",
                "/" + index + "/_search/point_in_time",
                Map.of("keep_alive", KEEP_ALIVE),
                null)
            .path("pit_id")
            .asText();
    try {
      JsonNode after = null;
      while (true) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", STREAM_BATCH);
        body.set("query", query);
        ObjectNode p = body.putObject("pit");
        p.put("id", pit);
        p.put("keep_alive", KEEP_ALIVE);
        body.set("sort", order);
        body.put("track_total_hits", false);
        if (sourceFields == null) {
          body.putObject("_source").putArray("excludes").add("vigie.lsh").add("vigie.minhash");
        } else {
          ArrayNode fields = body.putArray("_source");
          sourceFields.forEach(fields::add);
        }
        if (after != null) {
          body.set("search_after", after);
        }
        JsonNode hits = connection.ok("POST", "/_search", Map.of(), body).path("hits").path("hits");
        for (JsonNode hit : hits) {
          action.accept(hit.path("_source"));
        }
        if (hits.size() < STREAM_BATCH) {
          return;
        }
        after = hits.get(hits.size() - 1).path("sort");
      }
    } finally {
      ObjectNode close = JSON.createObjectNode();
      close.putArray("pit_id").add(pit);
      connection.call("DELETE", "/_search/point_in_time", Map.of(), close);
    }
  }

  /**
   * Runs one search a user asked for within {@link QueryLimits#TIME}, as the embedded store does: a
   * search the cluster stops at its {@code timeout} (partial results, {@code timed_out}) is
   * refused, not shown as if complete.
   */
  JsonNode budgeted(ObjectNode body) {
    body.put("timeout", QueryLimits.TIME.toMillis() + "ms");
    JsonNode reply = search(body);
    if (reply.path("timed_out").asBoolean(false)) {
      throw QueryLimits.tooSlow(QueryLimits.TIME);
    }
    return reply;
  }

  /**
   * Runs one search request. A query that expands to more clauses than the cluster allows is
   * refused as the embedded store refuses it: a user error, not a server error.
   */
  JsonNode search(ObjectNode body) {
    try {
      return connection.ok("POST", "/" + index + "/_search", Map.of(), body);
    } catch (OpenSearchException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (e.status() == 400
          && (message.contains("too_many_clauses") || message.contains("maxclausecount"))) {
        throw QuerySyntaxException.refused(
            "the query expands to more searched words than the cluster allows (short prefixes"
                + " such as 'a*' match many words): make it narrower");
      }
      throw e;
    }
  }
}
