package org.vigie.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
  private static final int REFRESH_AFTER = 5_000;
  private static final int MAX_CANDIDATES = 20;
  private static final int RECENT_STORY_DOCUMENTS = 2_000;

  private final OpenSearchSettings settings;
  private final OpenSearchConnection connection;
  private final String index;
  private final BulkWriter bulk;
  private final OpenSearchQueries queries = new OpenSearchQueries();
  private final OpenSearchSearches searches;
  private final Set<String> pending = new HashSet<>();
  private final ReadWriteLock refreshLock = new ReentrantReadWriteLock();
  private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();

  private OpenSearchStore(OpenSearchSettings settings, Consumer<String> acknowledged) {
    this.settings = settings;
    this.connection = new OpenSearchConnection(settings);
    this.index = settings.documentsIndex();
    this.searches = new OpenSearchSearches(connection, index, queries);
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
    newest.set("sort", OpenSearchSearches.newestFirst());
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
    recent.set("sort", OpenSearchSearches.newestFirst());
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
    return searches.search(request);
  }

  @Override
  public Histogram histogram(SearchRequest request, Interval interval) {
    return searches.histogram(request, interval);
  }

  @Override
  public void forEachMatch(SearchRequest request, Consumer<AnalyzedDocument> action) {
    searches.forEachMatch(request, action);
  }

  /** Hands the {@code _source} of every document matching a query to {@code action}. */
  void visit(JsonNode query, List<String> sourceFields, Consumer<JsonNode> action) {
    searches.visit(query, sourceFields, action);
  }

  private JsonNode search(ObjectNode body) {
    return searches.search(body);
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
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
