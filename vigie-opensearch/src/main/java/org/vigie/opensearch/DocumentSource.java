package org.vigie.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.dedup.DuplicateLinker;
import org.vigie.dedup.Signature;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Entity;
import org.vigie.document.PublishedTime;
import org.vigie.document.Quote;
import org.vigie.search.PostTerms;
import org.vigie.search.SearchFields;
import org.vigie.stories.StoryAssignment;
import org.vigie.stories.StorySummary;
import org.vigie.stories.TermVector;

/**
 * A document's {@code _source} in the cluster: the whole {@link AnalyzedDocument} as {@link
 * DocumentJson} writes it (so keys added to the record later are kept without a mapping change),
 * plus a {@code vigie} object with what searches need and the embedded index keeps in Lucene
 * fields: exact-match values ({@code vigie.match.*}, lower-cased like the embedded index's terms),
 * facet values ({@code vigie.facet.*}, entity names as written), the publication time, the LSH band
 * keys and MinHash signature, the story record.
 */
final class DocumentSource {
  static final String MATCH = "vigie.match.";
  static final String FACET = "vigie.facet.";
  static final String PUBLISHED_MS = "vigie.published_ms";
  static final String DATED_MS = "vigie.dated_ms";
  static final String LSH = "vigie.lsh";
  static final String STORY_SIZE = "vigie.story_size";

  private DocumentSource() {}

  /** The source of a document, its story record if it joined one. */
  static ObjectNode of(
      AnalyzedDocument doc,
      Signature signature,
      List<String> bandKeys,
      StoryAssignment story,
      LocalDate storyDay,
      String storyTitle) {
    ObjectNode source = DocumentJson.mapper().valueToTree(doc);
    ObjectNode vigie = source.putObject("vigie");
    ObjectNode match = vigie.putObject("match");
    ObjectNode facet = vigie.putObject("facet");
    match.put(SearchFields.ID, doc.id());
    keyword(match, facet, SearchFields.LANGUAGE, doc.language());
    keyword(match, facet, SearchFields.SOURCE, doc.sourceId());
    keyword(match, facet, SearchFields.SITE, doc.site());
    keyword(match, facet, SearchFields.TYPE, doc.type());
    keyword(match, facet, SearchFields.CONTENT_TYPE, doc.contentType());
    entities(match, facet, doc.entities());
    speakers(match, facet, doc.quotes());
    posts(match, facet, doc);
    if (doc.url() != null) {
      match.put(SearchFields.URL, doc.url());
    }
    if (doc.duplicateOf() != null) {
      match.put(SearchFields.DUPLICATE_OF, doc.duplicateOf());
      facet.put(SearchFields.DUPLICATE_OF, doc.duplicateOf());
    }
    if (doc.storyId() != null) {
      match.put(SearchFields.STORY, normalize(SearchFields.STORY, doc.storyId()));
    }
    if (doc.published() != null) {
      long millis = PublishedTime.toInstant(doc.published()).toEpochMilli();
      LocalDate day = PublishedTime.toDate(doc.published());
      vigie.put("published_ms", millis);
      vigie.put("dated_ms", day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
      keyword(match, facet, SearchFields.YEAR, Integer.toString(day.getYear()));
      keyword(match, facet, SearchFields.MONTH, day.toString().substring(0, 7));
    } else if (doc.fetchedAt() != null) {
      vigie.put("dated_ms", doc.fetchedAt().toEpochMilli());
    }
    if (signature != null) {
      ArrayNode keys = vigie.putArray("lsh");
      bandKeys.forEach(keys::add);
      vigie.put("minhash", Base64.getEncoder().encodeToString(signature.toBytes()));
    }
    if (story != null) {
      vigie.put("story_size", story.size());
      vigie.set("story_record", storyRecord(story, storyDay, storyTitle));
    }
    return source;
  }

  /** The document without the {@code vigie} object. */
  static AnalyzedDocument document(JsonNode source) {
    ObjectNode copy = ((ObjectNode) source).deepCopy();
    copy.remove("vigie");
    try {
      return DocumentJson.mapper().treeToValue(copy, AnalyzedDocument.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a Vigie document in the cluster: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A near-duplicate candidate from a source holding {@code id}, {@code duplicateOf} and the
   * signature.
   */
  static DuplicateLinker.Candidate candidate(JsonNode source) {
    byte[] bytes = Base64.getDecoder().decode(source.path("vigie").path("minhash").asText());
    String duplicateOf =
        source.path("duplicateOf").isTextual() ? source.get("duplicateOf").asText() : null;
    return new DuplicateLinker.Candidate(
        source.path("id").asText(), duplicateOf, Signature.fromBytes(bytes, 0, bytes.length));
  }

  private static ObjectNode storyRecord(StoryAssignment a, LocalDate day, String title) {
    ObjectNode r = DocumentJson.mapper().createObjectNode();
    r.put("id", a.storyId());
    r.put("label", a.label());
    r.put("first", a.first().toString());
    r.put("last", a.last().toString());
    r.put("size", a.size());
    r.put("day", day.toString());
    r.put("title", title);
    ArrayNode terms = r.putArray("terms");
    ArrayNode weights = r.putArray("weights");
    for (int i = 0; i < a.vector().size(); i++) {
      terms.add(a.vector().terms()[i]);
      weights.add(a.vector().weights()[i]);
    }
    return r;
  }

  /** A decoded story record. */
  record StoryRecord(StorySummary story, LocalDate day, String title, TermVector vector) {}

  static StoryRecord storyRecord(JsonNode source) {
    JsonNode r = source.path("vigie").path("story_record");
    StorySummary story =
        new StorySummary(
            r.path("id").asText(),
            r.path("label").asText(),
            LocalDate.parse(r.path("first").asText()),
            LocalDate.parse(r.path("last").asText()),
            r.path("size").asInt());
    JsonNode t = r.path("terms");
    String[] terms = new String[t.size()];
    float[] weights = new float[t.size()];
    for (int i = 0; i < t.size(); i++) {
      terms[i] = t.get(i).asText();
      weights[i] = (float) r.path("weights").get(i).asDouble();
    }
    return new StoryRecord(
        story,
        LocalDate.parse(r.path("day").asText()),
        r.path("title").asText(),
        new TermVector(terms, weights));
  }

  private static void keyword(ObjectNode match, ObjectNode facet, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = normalize(field, value);
    match.put(field, v);
    facet.put(field, v);
  }

  /** One value per distinct canonical name, matched lower-cased, counted as written. */
  private static void entities(ObjectNode match, ObjectNode facet, List<Entity> entities) {
    for (String field :
        List.of(SearchFields.PERSON, SearchFields.ORGANIZATION, SearchFields.PLACE)) {
      Set<String> names = new LinkedHashSet<>();
      for (Entity e : entities) {
        if (field.equals(entityField(e.type())) && !e.canonical().isBlank()) {
          names.add(e.canonical());
        }
      }
      multi(match, facet, field, names);
    }
  }

  private static void speakers(ObjectNode match, ObjectNode facet, List<Quote> quotes) {
    Set<String> names = new LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && !q.speaker().isBlank()) {
        names.add(q.speaker());
      }
    }
    multi(match, facet, SearchFields.SPEAKER, names);
  }

  private static void multi(ObjectNode match, ObjectNode facet, String field, Set<String> names) {
    if (names.isEmpty()) {
      return;
    }
    ArrayNode m = match.putArray(field);
    ArrayNode f = facet.putArray(field);
    Set<String> lowered = new LinkedHashSet<>();
    for (String n : names) {
      lowered.add(normalize(field, n));
      f.add(n);
    }
    lowered.forEach(m::add);
  }

  /**
   * A post's platform, account (id and handle matched, handle else id counted) and relations (each
   * kind, and kind:target for its post, URL, tag, account id, handle or name matched; kinds
   * counted), as the embedded index's {@code PostFields} has them.
   */
  private static void posts(ObjectNode match, ObjectNode facet, AnalyzedDocument doc) {
    keyword(match, facet, SearchFields.PLATFORM, PostTerms.platform(doc));
    String shown = PostTerms.accountCounted(doc);
    terms(
        match,
        facet,
        SearchFields.ACCOUNT,
        PostTerms.accountMatched(doc),
        shown == null ? Set.of() : Set.of(shown));
    terms(
        match,
        facet,
        SearchFields.RELATION,
        PostTerms.relationMatched(doc),
        PostTerms.relationCounted(doc));
  }

  /** Matched values lower-cased, counted values as given. */
  private static void terms(
      ObjectNode match, ObjectNode facet, String field, Set<String> matched, Set<String> counted) {
    if (!matched.isEmpty()) {
      ArrayNode m = match.putArray(field);
      matched.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().forEach(m::add);
    }
    if (!counted.isEmpty()) {
      ArrayNode f = facet.putArray(field);
      counted.forEach(f::add);
    }
  }

  private static String entityField(String type) {
    return switch (type) {
      case "PER" -> SearchFields.PERSON;
      case "ORG" -> SearchFields.ORGANIZATION;
      case "LOC" -> SearchFields.PLACE;
      default -> null;
    };
  }

  /** As the embedded index: lower-cased, except sources and URLs (case-sensitive ids). */
  static String normalize(String field, String value) {
    boolean caseSensitive = SearchFields.SOURCE.equals(field) || SearchFields.URL.equals(field);
    return caseSensitive ? value : value.toLowerCase(Locale.ROOT);
  }
}
