package org.vigie.web.trends;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigie.analytics.Spikes;
import org.vigie.analytics.TrendSeries;
import org.vigie.document.DocumentJson;
import org.vigie.link.topics.Topic;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.DateHistograms;
import org.vigie.web.page.Option;
import org.vigie.web.page.Pages;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * {@code /trends} and {@code /api/trends}: the volume over time of several series, compared on one
 * time axis, with spikes marked ({@link Spikes#standard()}). A series is {@code topic:ID}, {@code
 * person:NAME}, {@code organization:NAME}, {@code place:NAME}, {@code entity:NAME} (any of the
 * three), {@code source:ID}, {@code site:NAME} or {@code q:QUERY}; {@code interval} is {@code day},
 * {@code week} (default), {@code month} or {@code year}.
 */
public final class TrendPages {
  static final int MAX_SERIES = 8;

  private final DocumentStore store;
  private final Supplier<List<Topic>> topics;

  public TrendPages(DocumentStore store, Supplier<List<Topic>> topics) {
    this.store = store;
    this.topics = topics;
  }

  /** One series, parsed. */
  record Series(String spec, String label, Query query) {}

  /** The series as asked, and their counts on one axis. */
  record Trends(List<Series> series, TrendSeries counted) {
    Interval interval() {
      return counted.interval();
    }

    List<LocalDate> starts() {
      return counted.starts();
    }

    List<long[]> counts() {
      return counted.counts();
    }

    List<List<Integer>> spikes() {
      return counted.spikes();
    }
  }

  Series series(String spec, Function<String, String> topicName) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new BadRequestResponse(
          "bad series '" + spec + "': expected kind:value (topic:minusma)");
    }
    String kind = spec.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = spec.substring(colon + 1).strip();
    return switch (kind) {
      case "topic", "sujet" ->
          new Series(spec, topicName.apply(value), new Query.Phrase(SearchFields.TOPIC, value));
      case "person", "organization", "place", "source", "site" ->
          new Series(spec, value, new Query.Phrase(kind, value));
      case "entity" ->
          new Series(
              spec,
              value,
              new Query.Or(
                  List.of(
                      new Query.Phrase(SearchFields.PERSON, value),
                      new Query.Phrase(SearchFields.ORGANIZATION, value),
                      new Query.Phrase(SearchFields.PLACE, value))));
      case "q" -> new Series(spec, value, QueryParser.parse(value));
      default ->
          throw new BadRequestResponse(
              "bad series '"
                  + spec
                  + "': kind must be topic, person, organization, place, entity, source, site or q");
    };
  }

  /** The search listing a series' documents without a publication date. */
  static String undatedUrl(Series series) {
    int colon = series.spec().indexOf(':');
    String kind = series.spec().substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = series.spec().substring(colon + 1).strip();
    String undated = DateHistograms.undated("");
    String quoted = "\"" + value.replace("\"", "") + "\"";
    return switch (kind) {
      case "q" -> search("(" + value + ") " + undated, List.of());
      case "entity" ->
          search(
              "(personne:"
                  + quoted
                  + " OU organisation:"
                  + quoted
                  + " OU lieu:"
                  + quoted
                  + ") "
                  + undated,
              List.of());
      case "topic", "sujet" ->
          search(undated, List.of(new SearchParams.Filter(SearchFields.TOPIC, value)));
      default -> search(undated, List.of(new SearchParams.Filter(kind, value)));
    };
  }

  private static String search(String query, List<SearchParams.Filter> filters) {
    return new SearchParams(query, filters, Sort.NEWEST, 1, SearchParams.DEFAULT_SIZE).url();
  }

  static Interval interval(String value) {
    try {
      return Interval.named(value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  Trends trends(List<String> specs, Interval interval) {
    if (specs.size() > MAX_SERIES) {
      throw new BadRequestResponse("at most " + MAX_SERIES + " series");
    }
    Map<String, String> names = new HashMap<>();
    topics.get().forEach(t -> names.put(t.id(), t.name()));
    List<Series> series = new ArrayList<>();
    for (String spec : specs) {
      if (!spec.isBlank()) {
        series.add(series(spec.strip(), id -> names.getOrDefault(id, id)));
      }
    }
    TrendSeries counted =
        TrendSeries.count(store, series.stream().map(Series::query).toList(), interval);
    return new Trends(series, counted);
  }

  private static List<String> specs(Context ctx) {
    return ctx.queryParams("series").stream().filter(s -> !s.isBlank()).toList();
  }

  /**
   * The {@code n} topics tagging the most documents, as series: what the page compares when it is
   * asked for none, so that a first visit shows the archive's main subjects.
   */
  List<String> frequentTopics(int n) {
    return store
        .search(SearchRequest.all().withFacets(List.of(SearchFields.TOPIC)))
        .facets()
        .stream()
        .filter(f -> f.field().equals(SearchFields.TOPIC))
        .flatMap(f -> f.values().stream())
        .limit(n)
        .map(v -> "topic:" + v.value())
        .toList();
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    List<String> asked = specs(ctx);
    List<String> specs = asked.isEmpty() ? frequentTopics(3) : asked;
    Interval interval = interval(ctx.queryParam("interval"));
    Trends trends = trends(specs, interval);
    List<String> inputs = new ArrayList<>(specs);
    while (inputs.size() < 3) {
      inputs.add("");
    }
    List<Option> intervals = new ArrayList<>();
    for (Interval i : Interval.values()) {
      intervals.add(
          new Option(
              i.name().toLowerCase(Locale.ROOT), t.t("interval." + i.name()), i == interval));
    }
    List<TrendsView.Row> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < trends.starts().size(); i++) {
      String label = DateHistograms.label(trends.starts().get(i), interval, t);
      labels.add(label);
      if (trends.counted().emptyAt(i)) {
        continue;
      }
      List<TrendsView.Cell> cells = new ArrayList<>();
      for (int s = 0; s < trends.series().size(); s++) {
        cells.add(
            new TrendsView.Cell(
                t.number(trends.counts().get(s)[i]), trends.spikes().get(s).contains(i)));
      }
      rows.add(new TrendsView.Row(label, cells));
    }
    List<String> spikes = new ArrayList<>();
    ObjectNode json = DocumentJson.mapper().createObjectNode();
    ArrayNode jsonLabels = json.putArray("labels");
    labels.forEach(jsonLabels::add);
    ArrayNode jsonSeries = json.putArray("series");
    for (int s = 0; s < trends.series().size(); s++) {
      Series series = trends.series().get(s);
      ObjectNode o = jsonSeries.addObject();
      o.put("name", series.label());
      ArrayNode data = o.putArray("data");
      for (long c : trends.counts().get(s)) {
        data.add(c);
      }
      ArrayNode sp = o.putArray("spikes");
      for (int i : trends.spikes().get(s)) {
        sp.add(i);
        spikes.add(
            t.t(
                "trends.spike",
                series.label(),
                labels.get(i),
                t.number(trends.counts().get(s)[i])));
      }
    }
    List<Counted> undated = new ArrayList<>();
    for (int s = 0; s < trends.series().size(); s++) {
      long n = trends.counted().undated().get(s);
      if (n > 0) {
        undated.add(
            new Counted(
                trends.series().get(s).label(),
                t.t("histogram.undated", n, t.number(n)),
                undatedUrl(trends.series().get(s))));
      }
    }
    List<Counted> suggestions = new ArrayList<>();
    for (Topic topic : topics.get().stream().limit(12).toList()) {
      suggestions.add(
          new Counted(
              topic.name(), "", "/trends?series=" + SearchParams.encode("topic:" + topic.id())));
    }
    Chrome chrome = new Chrome(t, t.t("trends.title"), Pages.switchUrl(ctx, t));
    Pages.render(
        ctx,
        "trends.jte",
        new TrendsView(
            chrome,
            inputs,
            intervals,
            trends.series().stream().map(Series::label).toList(),
            rows,
            spikes,
            undated,
            suggestions,
            json.toString(),
            "/api/trends" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
            asked.isEmpty() && !specs.isEmpty() ? t.t("trends.frequent") : null,
            null));
  }

  public void api(Context ctx) {
    Trends trends = trends(specs(ctx), interval(ctx.queryParam("interval")));
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.put("interval", trends.interval().name().toLowerCase(Locale.ROOT));
    ArrayNode series = body.putArray("series");
    for (int s = 0; s < trends.series().size(); s++) {
      ObjectNode o = series.addObject();
      o.put("series", trends.series().get(s).spec());
      o.put("label", trends.series().get(s).label());
      ArrayNode buckets = o.putArray("buckets");
      for (int i = 0; i < trends.starts().size(); i++) {
        buckets
            .addObject()
            .put("start", trends.starts().get(i).toString())
            .put("count", trends.counts().get(s)[i])
            .put("spike", trends.spikes().get(s).contains(i));
      }
      o.put("undated", trends.counted().undated().get(s));
    }
    ctx.contentType("application/json").result(body.toString());
  }
}
