package org.vigie.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.PublishedTime;
import org.vigie.search.IndexedValues;
import org.vigie.search.SearchFields;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.LinkedDocument;
import org.vigie.store.Signature;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;
import org.vigie.store.TermVector;

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

  /**
   * The source of a linked document: its JSON and, under {@code vigie}, what is matched, counted
   * and kept for linking.
   */
  static ObjectNode of(LinkedDocument linked) {
    AnalyzedDocument doc = linked.document();
    ObjectNode source = DocumentJson.mapper().valueToTree(doc);
    ObjectNode vigie = source.putObject("vigie");
    ObjectNode match = vigie.putObject("match");
    ObjectNode facet = vigie.putObject("facet");
    match.put(SearchFields.ID, doc.id());
    IndexedValues values = IndexedValues.of(doc);
    values.matched().forEach((field, vs) -> array(match, field, vs));
    values.counted().forEach((field, vs) -> array(facet, field, vs));
    if (doc.published() != null) {
      long millis = PublishedTime.toInstant(doc.published()).toEpochMilli();
      LocalDate day = PublishedTime.toDate(doc.published());
      vigie.put("published_ms", millis);
      vigie.put("dated_ms", day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    } else if (doc.fetchedAt() != null) {
      vigie.put("dated_ms", doc.fetchedAt().toEpochMilli());
    }
    if (linked.signature().isPresent()) {
      ArrayNode keys = vigie.putArray("lsh");
      linked.bandKeys().forEach(keys::add);
      vigie.put("minhash", Base64.getEncoder().encodeToString(linked.signature().get().toBytes()));
    }
    if (linked.story() != null) {
      vigie.put("story_size", linked.story().story().size());
      vigie.set("story_record", storyRecord(linked.story()));
    }
    return source;
  }

  /** One value as a string, several as an array, as OpenSearch indexes either. */
  private static void array(ObjectNode node, String field, Collection<String> values) {
    if (values.size() == 1) {
      node.put(field, values.iterator().next());
    } else {
      ArrayNode a = node.putArray(field);
      values.forEach(a::add);
    }
  }

  /** The document without the {@code vigie} object. */
  static AnalyzedDocument document(JsonNode source) {
    ObjectNode copy = ((ObjectNode) source).deepCopy();
    copy.remove("vigie");
    try {
      return DocumentJson.mapper().treeToValue(copy, AnalyzedDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a Vigie document in the cluster: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A near-duplicate candidate from a source holding {@code id}, {@code duplicateOf} and the
   * signature.
   */
  static DuplicateCandidate candidate(JsonNode source) {
    byte[] bytes = Base64.getDecoder().decode(source.path("vigie").path("minhash").asText());
    String duplicateOf =
        source.path("duplicateOf").isTextual() ? source.get("duplicateOf").asText() : null;
    return new DuplicateCandidate(
        source.path("id").asText(), duplicateOf, Signature.fromBytes(bytes, 0, bytes.length));
  }

  private static ObjectNode storyRecord(StoryRecord record) {
    StorySummary a = record.story();
    ObjectNode r = DocumentJson.mapper().createObjectNode();
    r.put("id", a.id());
    r.put("label", a.label());
    r.put("first", a.first().toString());
    r.put("last", a.last().toString());
    r.put("size", a.size());
    r.put("day", record.day().toString());
    r.put("title", record.title());
    ArrayNode terms = r.putArray("terms");
    ArrayNode weights = r.putArray("weights");
    for (int i = 0; i < record.vector().size(); i++) {
      terms.add(record.vector().terms()[i]);
      weights.add(record.vector().weights()[i]);
    }
    return r;
  }

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
}
