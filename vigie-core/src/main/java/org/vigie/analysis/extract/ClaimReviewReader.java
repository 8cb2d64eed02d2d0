package org.vigie.analysis.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.vigie.document.ClaimReview;

/**
 * Reads schema.org {@code ClaimReview}s: from the JSON-LD scripts of a fact-checker's page
 * (leniently: what cannot be read is skipped, the page is still an article), and from a ClaimReview
 * data feed ({@code DataFeed} → {@code dataFeedElement[]} → {@code item[]}), a single review or an
 * array of them (strictly: {@link MalformedClaimReviewException} naming the place).
 *
 * <p>Kept per review: the claim ({@code claimReviewed}), the verdict ({@code
 * reviewRating.alternateName}, {@code ratingValue}, {@code bestRating}, {@code worstRating}), the
 * reviewer ({@code author}), who made the claim and when ({@code itemReviewed.author}, {@code
 * itemReviewed.datePublished}), the review's date, language and address, and the claim's
 * appearances ({@code itemReviewed.appearance}, {@code firstAppearance}: addresses or objects with
 * {@code url} or {@code contentUrl}). Stateless and thread-safe.
 */
public final class ClaimReviewReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_DEPTH = 12;

  private ClaimReviewReader() {}

  /** The reviews in a page's JSON-LD scripts, in page order; bad JSON and bad reviews skipped. */
  public static List<ClaimReview> inJsonLd(List<String> scripts) {
    List<ClaimReview> found = new ArrayList<>();
    for (String script : scripts) {
      JsonNode root = JsonLdArticle.parseLenient(script);
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes, 0);
      for (JsonNode n : nodes) {
        try {
          found.add(read(n));
        } catch (IllegalArgumentException e) {
          // a review without its claim: the page is kept, the review is not
        }
      }
    }
    return found;
  }

  /**
   * The reviews of a ClaimReview file: a data feed, one review, an array of reviews or a JSON-LD
   * {@code @graph}.
   *
   * @param origin the file or address, named in error messages
   * @throws MalformedClaimReviewException when the text is not JSON, holds no review, or a review
   *     has no claim
   */
  public static List<ClaimReview> readFeed(String json, String origin) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new MalformedClaimReviewException(
          origin + ":" + where + ": not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedClaimReviewException(origin + ": empty file, no ClaimReview");
    }
    List<JsonNode> items = feedItems(root);
    if (items.isEmpty()) {
      throw new MalformedClaimReviewException(
          origin
              + ": no ClaimReview found (expected a DataFeed with dataFeedElement[].item[], a"
              + " ClaimReview or an array of them)");
    }
    List<ClaimReview> reviews = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        reviews.add(read(items.get(i)));
      } catch (IllegalArgumentException e) {
        throw new MalformedClaimReviewException(
            origin + ": ClaimReview " + (i + 1) + " of " + items.size() + ": " + e.getMessage(), e);
      }
    }
    return reviews;
  }

  /** The review nodes of a feed file, in file order. */
  private static List<JsonNode> feedItems(JsonNode root) {
    List<JsonNode> items = new ArrayList<>();
    JsonNode elements = root.path("dataFeedElement");
    if (elements.isArray()) {
      for (JsonNode element : elements) {
        JsonNode item = element.path("item");
        if (item.isArray()) {
          item.forEach(items::add);
        } else if (item.isObject()) {
          items.add(item);
        } else if (isReview(element)) {
          items.add(element);
        }
      }
      return items;
    }
    collect(root, items, 0);
    return items;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isObject() && isReview(node)) {
      out.add(node);
      return;
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        collect(child, out, depth + 1);
      }
    }
  }

  private static boolean isReview(JsonNode node) {
    JsonNode type = node.path("@type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().endsWith("ClaimReview")) {
          return true;
        }
      }
      return false;
    }
    return type.asText("").endsWith("ClaimReview");
  }

  /**
   * One review.
   *
   * @throws IllegalArgumentException naming the missing or bad field
   */
  static ClaimReview read(JsonNode n) {
    String claim = text(n.get("claimReviewed"));
    if (claim == null) {
      throw new IllegalArgumentException("claimReviewed is missing or empty");
    }
    JsonNode rating = first(n.path("reviewRating"));
    JsonNode author = first(n.path("author"));
    JsonNode item = first(n.path("itemReviewed"));
    return new ClaimReview(
        text(n.get("url")),
        claim.strip(),
        text(rating.get("alternateName")),
        number(rating.get("ratingValue"), "reviewRating.ratingValue"),
        number(rating.get("bestRating"), "reviewRating.bestRating"),
        number(rating.get("worstRating"), "reviewRating.worstRating"),
        name(author),
        author.isObject() ? text(author.get("url")) : null,
        name(first(item.path("author"))),
        date(text(item.get("datePublished"))),
        date(text(n.get("datePublished"))),
        language(n.get("inLanguage")),
        appearances(item));
  }

  private static List<String> appearances(JsonNode item) {
    List<String> urls = new ArrayList<>();
    for (String key : new String[] {"firstAppearance", "appearance"}) {
      JsonNode a = item.path(key);
      if (a.isArray()) {
        a.forEach(x -> addUrl(x, urls));
      } else {
        addUrl(a, urls);
      }
    }
    return urls;
  }

  private static void addUrl(JsonNode a, List<String> urls) {
    String url = a.isTextual() ? text(a) : null;
    if (a.isObject()) {
      url = text(a.get("url"));
      url = url != null ? url : text(a.get("contentUrl"));
      url = url != null ? url : text(a.get("@id"));
    }
    if (url != null && !urls.contains(url)) {
      urls.add(url);
    }
  }

  private static JsonNode first(JsonNode node) {
    return node.isArray() && !node.isEmpty() ? node.get(0) : node;
  }

  private static String name(JsonNode node) {
    if (node.isTextual()) {
      return text(node);
    }
    return text(node.get("name"));
  }

  private static String language(JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode n = first(node);
    return n.isObject() ? text(n.get("alternateName")) : text(n);
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static Double number(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    String s = node.asText().strip().replace(',', '.');
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " '" + node.asText() + "' is not a number");
    }
  }

  /** An ISO date or time as the document model keeps it, or {@code null} if unreadable. */
  private static String date(String value) {
    return value == null ? null : PublicationDates.toIso(value);
  }
}
