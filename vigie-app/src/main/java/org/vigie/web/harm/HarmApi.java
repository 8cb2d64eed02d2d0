package org.vigie.web.harm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.vigie.analysis.harm.HarmClassifier;
import org.vigie.analysis.harm.HarmSignalJson;
import org.vigie.document.DocumentJson;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;

/**
 * Harmful speech over the API: {@code POST /api/harm} labels texts with the shipped classifier (the
 * verdicts {@code vigie harm} prints, in input order), {@code GET /api/harm} summarises what the
 * archive holds that the harm stage flagged as the author's own — by category, target, source and
 * account, and over time — for a query ({@code q}, all documents when absent).
 */
public final class HarmApi {
  static final int MAX_TEXTS = 1_000;
  static final int MAX_CHARS = 20_000;
  private static final int TOP = 20;
  private static final List<String> FACETS =
      List.of(SearchFields.HARM, SearchFields.TARGET, SearchFields.SOURCE, SearchFields.ACCOUNT);

  private final Searcher store;
  private volatile HarmClassifier classifier;

  public HarmApi(Searcher store) {
    this.store = store;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/harm", this::classify);
    routes.get("/api/harm", this::summary);
  }

  private void classify(Context ctx) {
    List<String> texts = texts(ctx.body());
    HarmClassifier model = classifier();
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    ArrayNode results = out.putArray("results");
    texts.forEach(t -> results.add(HarmSignalJson.write(DocumentJson.mapper(), model.classify(t))));
    ctx.contentType("application/json").result(out.toString());
  }

  /** The texts of a body {@code {"texts": ["…", …]}}; a 400 naming what is wrong. */
  static List<String> texts(String body) {
    JsonNode root;
    try {
      root = DocumentJson.mapper().readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
    }
    JsonNode texts = root == null ? null : root.get("texts");
    if (texts == null || !texts.isArray() || texts.isEmpty()) {
      throw new BadRequestResponse("give {\"texts\": [\"…\"]}: a non-empty array of strings");
    }
    if (texts.size() > MAX_TEXTS) {
      throw new BadRequestResponse(
          "at most " + MAX_TEXTS + " texts a request, got " + texts.size());
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      JsonNode t = texts.get(i);
      if (!t.isTextual()) {
        throw new BadRequestResponse("texts[" + i + "] is " + t.getNodeType() + ", not a string");
      }
      if (t.textValue().length() > MAX_CHARS) {
        throw new BadRequestResponse(
            "texts[" + i + "] is longer than " + MAX_CHARS + " characters");
      }
      out.add(t.textValue());
    }
    return out;
  }

  private HarmClassifier classifier() {
    HarmClassifier c = classifier;
    if (c == null) {
      synchronized (this) {
        if (classifier == null) {
          classifier = HarmClassifier.load();
        }
        c = classifier;
      }
    }
    return c;
  }

  private void summary(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    Interval interval = interval(ctx.queryParam("interval"));
    SearchRequest flagged =
        SearchRequest.matching(QueryParser.parse(q))
            .withFilter(SearchFields.HARM, "hostile")
            .page(0, 1)
            .withFacets(FACETS);
    SearchResult result = store.search(flagged);
    ObjectNode out = DocumentJson.mapper().createObjectNode();
    out.put("query", q);
    out.put("flagged", result.total());
    for (SearchResult.Facet f : result.facets()) {
      ArrayNode values = out.putArray(name(f.field()));
      f.values().stream()
          .filter(v -> !f.field().equals(SearchFields.HARM) || !v.value().equals("hostile"))
          .limit(TOP)
          .forEach(v -> values.addObject().put("value", v.value()).put("count", v.count()));
    }
    Histogram h = store.histogram(flagged, interval);
    ObjectNode time = out.putObject("overTime");
    time.put("interval", interval.name().toLowerCase(Locale.ROOT));
    time.put("undated", h.undated());
    ArrayNode buckets = time.putArray("buckets");
    h.buckets()
        .forEach(
            b -> buckets.addObject().put("start", b.start().toString()).put("count", b.count()));
    ctx.contentType("application/json").result(out.toString());
  }

  private static String name(String field) {
    return switch (field) {
      case SearchFields.HARM -> "categories";
      case SearchFields.TARGET -> "targets";
      case SearchFields.SOURCE -> "sources";
      default -> "accounts";
    };
  }

  private static Interval interval(String value) {
    try {
      return Interval.named(value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }
}
