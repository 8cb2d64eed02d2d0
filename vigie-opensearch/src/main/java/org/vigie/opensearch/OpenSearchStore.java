package org.vigie.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.stories.StoryClusterer;
import org.vigie.search.Histogram;
import org.vigie.search.IndexedValues;
import org.vigie.search.Interval;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.AddOutcome;
import org.vigie.store.DocumentStore;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.LinkedDocument;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;

/**
 * The document store on an OpenSearch cluster: one index ({@code <prefix>documents}) created from
 * an index template with Vigie's French analysis, one cluster document per Vigie document with the
 * content id as {@code _id}. Thread-safe; several processes may write to one cluster.
 *
 * <p>Writes go through a {@link BulkWriter} as {@code create} operations, so that of two workers
 * adding the same document only one writes it. They become searchable at the next refresh and
 * durable when the bulk request is acknowledged (the translog is synced per request); {@link
 * #commit()} flushes and refreshes. Near-duplicates are looked up on the indexed LSH band keys of
 * searchable documents plus this process's memory of the documents added since its last refresh, as
 * in the embedded index. Stories are kept per process ({@link StoryClusterer} in memory), rebuilt
 * at open from the story records stored with the articles of the retention window.
 */
public final class OpenSearchStore implements DocumentStore {
  private static final ObjectMapper JSON = OpenSearchConnection.json();
  private static final int FACET_VALUES = 50;
  private static final int REFRESH_AFTER = 5_000;
  private static final int MAX_CANDIDATES = 20;
  private static final int RECENT_STORY_DOCUMENTS = 2_000;
  private static final int STREAM_BATCH = 500;
  private static final String KEEP_ALIVE = "2m";
  private static final char MARK_START = '\u0001';
  private static final char MARK_END = '\u0002';

  private final OpenSearchSettings settings;
  private final OpenSearchConnection connection;
  private final String index;
  private final BulkWriter bulk;
  private final OpenSearchQueries queries = new OpenSearchQueries();
  private final Set<String> pending = new HashSet<>();
  private final ReadWriteLock refreshLock = new ReentrantReadWriteLock();
  private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();

  private OpenSearchStore(OpenSearchSettings settings, Consumer<String> acknowledged) {
    this.settings = settings;
    this.connection = new OpenSearchConnection(settings);
    this.index = settings.documentsIndex();
    this.bulk = new BulkWriter(connection, index, settings.bulkDocuments(), 2, acknowledged);
  }

  /**
   * Connects and creates the index template and the index if they are missing.
   *
   * @throws UncheckedIOException when no host answers
   */
  public static OpenSearchStore open(OpenSearchSettings settings) {
    return open(settings, id -> {});
  }

  /**
   * Like {@link #open(OpenSearchSettings)}, telling {@code acknowledged} the id of every document
   * the cluster acknowledged (tests count them).
   */
  public static OpenSearchStore open(OpenSearchSettings settings, Consumer<String> acknowledged) {
    OpenSearchStore store = new OpenSearchStore(settings, acknowledged);
    try {
      store.createIndex();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public OpenSearchSettings settings() {
    return settings;
  }

  /** The index template: Vigie's analysis and mappings, with this store's layout. */
  private void createIndex() {
    ObjectNode template = template();
    ObjectNode indexSettings = (ObjectNode) template.path("settings").path("index");
    indexSettings.put("number_of_shards", settings.shards());
    indexSettings.put("number_of_replicas", settings.replicas());
    ObjectNode body = JSON.createObjectNode();
    body.putArray("index_patterns").add(index);
    body.put("priority", 100);
    body.set("template", template);
    connection.ok("PUT", "/_index_template/" + index, Map.of(), body);
    OpenSearchConnection.Reply created = connection.call("PUT", "/" + index, Map.of(), null);
    if (created.status() / 100 != 2
        && (created.json() == null
            || !created
                .json()
                .path("error")
                .path("type")
                .asText()
                .equals("resource_already_exists_exception"))) {
      throw new OpenSearchException("PUT /" + index, created.status(), created.json());
    }
    connection.ok(
        "GET",
        "/_cluster/health/" + index,
        Map.of("wait_for_status", "yellow", "timeout", "60s"),
        null);
  }

  static ObjectNode template() {
    try (InputStream in = OpenSearchStore.class.getResourceAsStream("index-template.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index template", e);
    }
  }

  /**
   * Holds the id (claimed in this process, then checked in the cluster in real time), runs the
   * linking under the refresh lock's read side, then queues the document for the bulk writer. A
   * linking that fails frees the id.
   */
  @Override
  public AddOutcome write(String id, Supplier<LinkedDocument> linking) {
    refreshLock.readLock().lock();
    try {
      if (!reserve(id)) {
        return AddOutcome.DUPLICATE;
      }
      LinkedDocument linked;
      try {
        linked = linking.get();
        bulk.create(id, JSON.writeValueAsBytes(DocumentSource.of(linked)));
      } catch (JsonProcessingException e) {
        unreserve(id);
        throw new IllegalStateException("cannot write document " + id + " as JSON", e);
      } catch (RuntimeException e) {
        unreserve(id);
        throw e;
      }
      refreshIfManyPending();
      return linked.outcome();
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  @Override
  public void onRefresh(Runnable listener) {
    refreshListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  private void unreserve(String id) {
    synchronized (pending) {
      pending.remove(id);
    }
  }

  /** Searchable documents sharing band keys, those sharing most first. */
  @Override
  public List<DuplicateCandidate> candidates(List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("size", MAX_CANDIDATES);
    ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
    for (String key : keys) {
      ObjectNode c = should.addObject().putObject("constant_score");
      c.putObject("filter").putObject("term").put(DocumentSource.LSH, key);
    }
    body.putArray("_source").add("id").add("duplicateOf").add("vigie.minhash");
    List<DuplicateCandidate> candidates = new ArrayList<>();
    for (JsonNode hit : search(body).path("hits").path("hits")) {
      candidates.add(DocumentSource.candidate(hit.path("_source")));
    }
    return candidates;
  }

  /** Claims an id for writing; false when it is stored, being stored, or claimed. */
  private boolean reserve(String id) {
    synchronized (pending) {
      if (!pending.add(id)) {
        return false;
      }
    }
    if (existsInCluster(id)) {
      return false;
    }
    return true;
  }

  /** A real-time check: sees documents written but not yet refreshed, by any process. */
  private boolean existsInCluster(String id) {
    int status =
        connection.call("HEAD", "/" + index + "/_doc/" + encode(id), Map.of(), null).status();
    if (status == 200) {
      return true;
    }
    if (status == 404) {
      return false;
    }
    throw new OpenSearchException("HEAD /" + index + "/_doc/" + id, status, null);
  }

  private void refreshIfManyPending() {
    int size;
    synchronized (pending) {
      size = pending.size();
    }
    if (size >= REFRESH_AFTER) {
      refreshLock.readLock().unlock();
      try {
        refresh();
      } finally {
        refreshLock.readLock().lock();
      }
    }
  }

  /** Sends every buffered write, waits for them, makes them searchable, forgets the pending ids. */
  private void refresh() {
    refreshLock.writeLock().lock();
    try {
      bulk.flush();
      connection.ok("POST", "/" + index + "/_refresh", Map.of(), null);
      synchronized (pending) {
        pending.clear();
      }
      refreshListeners.forEach(Runnable::run);
    } finally {
      refreshLock.writeLock().unlock();
    }
  }

  @Override
  public Optional<LocalDate> newestStoryDay() {
    ObjectNode newest = JSON.createObjectNode();
    newest.put("size", 1);
    newest.set("query", OpenSearchQueries.exists(DocumentSource.STORY_SIZE));
    newest.set("sort", newestFirst());
    newest.putArray("_source").add("vigie.story_record");
    JsonNode top = search(newest).path("hits").path("hits");
    return top.isEmpty()
        ? Optional.empty()
        : Optional.of(DocumentSource.storyRecord(top.get(0).path("_source")).day());
  }

  @Override
  public List<StoryRecord> storyRecordsFrom(LocalDate day) {
    long from = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    ObjectNode window = JSON.createObjectNode();
    ArrayNode filter = window.putObject("bool").putArray("filter");
    filter.add(OpenSearchQueries.exists(DocumentSource.STORY_SIZE));
    filter.addObject().putObject("range").putObject(DocumentSource.PUBLISHED_MS).put("gte", from);
    List<StoryRecord> records = new ArrayList<>();
    visit(
        window, List.of("vigie.story_record"), hit -> records.add(DocumentSource.storyRecord(hit)));
    return records;
  }

  @Override
  public Optional<StorySummary> story(String id) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", 1);
    body.putObject("query")
        .putObject("term")
        .put(
            DocumentSource.MATCH + SearchFields.STORY,
            IndexedValues.normalize(SearchFields.STORY, id));
    body.putArray("sort").addObject().put(DocumentSource.STORY_SIZE, "desc");
    body.putArray("_source").add("vigie.story_record");
    JsonNode hits = search(body).path("hits").path("hits");
    return hits.isEmpty()
        ? Optional.empty()
        : Optional.of(DocumentSource.storyRecord(hits.get(0).path("_source")).story());
  }

  @Override
  public List<StorySummary> stories(int limit) {
    ObjectNode recent = JSON.createObjectNode();
    recent.put("size", RECENT_STORY_DOCUMENTS);
    recent.set("query", OpenSearchQueries.exists(DocumentSource.STORY_SIZE));
    recent.set("sort", newestFirst());
    recent.putArray("_source").add("vigie.story_record.id");
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode hit : search(recent).path("hits").path("hits")) {
      ids.add(hit.path("_source").path("vigie").path("story_record").path("id").asText());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    ObjectNode latest = JSON.createObjectNode();
    latest.put("size", ids.size());
    ArrayNode terms =
        latest
            .putObject("query")
            .putObject("terms")
            .putArray(DocumentSource.MATCH + SearchFields.STORY);
    ids.forEach(id -> terms.add(IndexedValues.normalize(SearchFields.STORY, id)));
    latest.putObject("collapse").put("field", DocumentSource.MATCH + SearchFields.STORY);
    latest.putArray("sort").addObject().put(DocumentSource.STORY_SIZE, "desc");
    latest.putArray("_source").add("vigie.story_record");
    List<StorySummary> stories = new ArrayList<>();
    for (JsonNode hit : search(latest).path("hits").path("hits")) {
      StorySummary s = DocumentSource.storyRecord(hit.path("_source")).story();
      if (s.size() >= 2) {
        stories.add(s);
      }
    }
    stories.sort(
        Comparator.comparing(StorySummary::last).thenComparingInt(StorySummary::size).reversed());
    return stories.subList(0, Math.min(limit, stories.size()));
  }

  @Override
  public boolean contains(String id) {
    synchronized (pending) {
      if (pending.contains(id)) {
        return true;
      }
    }
    return existsInCluster(id);
  }

  @Override
  public Optional<AnalyzedDocument> get(String id) {
    OpenSearchConnection.Reply r =
        connection.call("GET", "/" + index + "/_doc/" + encode(id), Map.of(), null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    if (r.status() != 200) {
      throw new OpenSearchException("GET /" + index + "/_doc/" + id, r.status(), r.json());
    }
    return Optional.of(DocumentSource.document(r.json().path("_source")));
  }

  @Override
  public boolean delete(String id) {
    boolean present = contains(id);
    bulk.flush();
    OpenSearchConnection.Reply r =
        connection.call("DELETE", "/" + index + "/_doc/" + encode(id), Map.of(), null);
    if (r.status() != 200 && r.status() != 404) {
      throw new OpenSearchException("DELETE /" + index + "/_doc/" + id, r.status(), r.json());
    }
    return present || r.status() == 200;
  }

  @Override
  public void commit() {
    refresh();
  }

  @Override
  public long count() {
    return connection.ok("GET", "/" + index + "/_count", Map.of(), null).path("count").asLong();
  }

  /** Documents acknowledged as created, found already there (409), rejected, and retried bulks. */
  public Map<String, Long> writeCounts() {
    return Map.of(
        "created", bulk.created.get(),
        "conflicts", bulk.conflicts.get(),
        "rejected", bulk.rejected.get(),
        "retries", bulk.retries.get());
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    ObjectNode main = queries.build(request.query());
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
      body.set("highlight", highlight(main));
    }
    JsonNode reply = search(body);
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

  private static ArrayNode newestFirst() {
    return sort(Sort.NEWEST);
  }

  @Override
  public Histogram histogram(SearchRequest request, Interval interval) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", 0);
    body.set("query", queries.filtered(request));
    ObjectNode h = body.putObject("aggs").putObject("h").putObject("date_histogram");
    h.put("field", DocumentSource.DATED_MS);
    h.put("calendar_interval", interval.name().toLowerCase(Locale.ROOT));
    h.put("time_zone", "UTC");
    h.put("min_doc_count", 0);
    List<Histogram.Bucket> buckets = new ArrayList<>();
    for (JsonNode b : search(body).path("aggregations").path("h").path("buckets")) {
      LocalDate day =
          Instant.ofEpochMilli(b.path("key").asLong()).atZone(ZoneOffset.UTC).toLocalDate();
      buckets.add(new Histogram.Bucket(day, b.path("doc_count").asLong()));
    }
    return new Histogram(interval, buckets);
  }

  /**
   * Streams the matches through a point in time, a page at a time with {@code search_after}: a
   * stable order (newest or oldest first when the request asks for it, then by id; else by id), and
   * writes made during the visit are not seen.
   */
  @Override
  public void forEachMatch(SearchRequest request, Consumer<AnalyzedDocument> action) {
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

  private JsonNode search(ObjectNode body) {
    return connection.ok("POST", "/" + index + "/_search", Map.of(), body);
  }

  private static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Removes the index and its template: for tests and benchmarks. */
  public void dropIndex() {
    bulk.flush();
    connection.call("DELETE", "/" + index, Map.of(), null);
    connection.call("DELETE", "/_index_template/" + index, Map.of(), null);
  }

  @Override
  public void close() {
    try {
      bulk.flush();
    } finally {
      bulk.close();
      connection.close();
    }
  }
}
