package org.vigie.analysis.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first
 * node typed {@code Article}, {@code NewsArticle}, {@code BlogPosting} or another schema.org
 * article type, found at the top level, in arrays, in {@code @graph} or under {@code mainEntity}.
 * References by {@code @id} (an author or publisher listed elsewhere in the graph) are followed.
 *
 * @param authors author names in order
 * @param body the {@code articleBody} text, or {@code null}
 */
record JsonLdArticle(
    String headline,
    List<String> authors,
    String published,
    String publisher,
    String url,
    String description,
    List<String> keywords,
    String body) {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();
  private static final int MAX_DEPTH = 12;
  private static final Set<String> ARTICLE_TYPES =
      Set.of("BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "WebPage");

  /**
   * The article described by any of these JSON-LD scripts, or {@code null}. Bad JSON is skipped.
   */
  static JsonLdArticle find(List<String> scripts) {
    Map<String, JsonNode> byId = new HashMap<>();
    List<JsonNode> roots = new ArrayList<>();
    for (String script : scripts) {
      JsonNode root = parse(script);
      if (root != null) {
        roots.add(root);
        index(root, byId, 0);
      }
    }
    JsonNode article = null;
    for (JsonNode root : roots) {
      article = article != null ? article : findArticle(root, 0, false);
    }
    JsonNode fallback = null;
    for (JsonNode root : roots) {
      fallback = fallback != null ? fallback : findArticle(root, 0, true);
    }
    JsonNode chosen = article != null ? article : fallback;
    return chosen == null ? null : read(chosen, byId);
  }

  /** One script's JSON, or {@code null} when it is not JSON (comments and CDATA tolerated). */
  static JsonNode parseLenient(String script) {
    return parse(script);
  }

  private static JsonNode parse(String script) {
    String s = script.strip();
    s = s.replaceFirst("^<!\\[CDATA\\[", "").replaceFirst("]]>$", "").strip();
    try {
      return JSON.readTree(s);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static void index(JsonNode node, Map<String, JsonNode> byId, int depth) {
    if (depth > MAX_DEPTH || node == null) {
      return;
    }
    if (node.isObject() && node.path("@id").isTextual() && node.size() > 1) {
      byId.putIfAbsent(node.path("@id").asText(), node);
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        index(child, byId, depth + 1);
      }
    }
  }

  /** Depth-first search for an article node; {@code loose} also accepts web pages. */
  private static JsonNode findArticle(JsonNode node, int depth, boolean loose) {
    if (depth > MAX_DEPTH || node == null) {
      return null;
    }
    if (node.isObject() && isArticle(node.path("@type"), loose)) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = child.isContainerNode() ? findArticle(child, depth + 1, loose) : null;
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type, boolean loose) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t, loose)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")) {
      return true;
    }
    return loose && ARTICLE_TYPES.contains(t);
  }

  private static JsonLdArticle read(JsonNode a, Map<String, JsonNode> byId) {
    return new JsonLdArticle(
        text(a.get("headline"), a.get("name")),
        names(a.get("author"), byId),
        text(a.get("datePublished"), a.get("dateCreated")),
        firstName(a.get("publisher"), byId),
        url(a),
        text(a.get("description"), null),
        keywords(a.get("keywords")),
        text(a.get("articleBody"), a.get("text")));
  }

  private static String url(JsonNode a) {
    JsonNode page = a.get("mainEntityOfPage");
    if (page != null && page.isObject()) {
      return text(page.get("@id"), a.get("url"));
    }
    return text(a.get("url"), page);
  }

  private static String text(JsonNode preferred, JsonNode other) {
    if (preferred != null && preferred.isArray() && !preferred.isEmpty()) {
      preferred = preferred.get(0);
    }
    if (preferred != null && preferred.isValueNode() && !preferred.asText().isBlank()) {
      return preferred.asText().strip();
    }
    return other == null ? null : text(other, null);
  }

  private static List<String> names(JsonNode node, Map<String, JsonNode> byId) {
    List<String> names = new ArrayList<>();
    if (node == null) {
      return names;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        names.addAll(names(n, byId));
      }
      return names;
    }
    String name = firstName(node, byId);
    if (name != null && !names.contains(name)) {
      names.add(name);
    }
    return names;
  }

  private static String firstName(JsonNode node, Map<String, JsonNode> byId) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : firstName(node.get(0), byId);
    }
    if (node.isTextual()) {
      return node.asText().isBlank() || node.asText().startsWith("http") ? null : node.asText();
    }
    JsonNode resolved =
        node.has("name") ? node : byId.getOrDefault(node.path("@id").asText(), node);
    return text(resolved.get("name"), null);
  }

  private static List<String> keywords(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(k -> out.addAll(keywords(k)));
      return out;
    }
    for (String k : node.asText("").split(",")) {
      if (!k.isBlank()) {
        out.add(k.strip());
      }
    }
    return out;
  }

  /** The author names joined with commas, or {@code null} when there are none. */
  String author() {
    if (authors.isEmpty()) {
      return null;
    }
    StringJoiner j = new StringJoiner(", ");
    authors.forEach(j::add);
    return j.toString();
  }
}
