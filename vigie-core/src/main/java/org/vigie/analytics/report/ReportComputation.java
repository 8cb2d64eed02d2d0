package org.vigie.analytics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.analytics.Spikes;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;
import org.vigie.search.Sort;

/**
 * Computes a {@link Report} from an archive's index: the searches, facets and date histograms that
 * the search page, {@code /api/search} and {@code /api/trends} run, over the report's scope and
 * period. Thread-safe when the searcher is; the same archive and spec give the same report.
 */
public final class ReportComputation {
  /** The facets of the period's search: key figures, shares, rankings, the method note. */
  static final List<String> FACETS =
      List.of(
          SearchFields.SITE,
          SearchFields.PLATFORM,
          SearchFields.LANGUAGE,
          SearchFields.TYPE,
          SearchFields.PLACE,
          SearchFields.PERSON,
          SearchFields.ORGANIZATION,
          SearchFields.ACCOUNT,
          SearchFields.HARM);

  /** The facets whose distinct values are key figures, beside the documents and posts. */
  static final List<String> PREVIOUS_FACETS =
      List.of(SearchFields.SITE, SearchFields.LANGUAGE, SearchFields.TYPE, SearchFields.PLACE);

  /** The harm value of a document's own hostile words. */
  static final String HOSTILE = "hostile";

  static final int TOP = 10;
  static final int SHARE_VALUES = 8;
  static final int STORIES = 10;
  static final int QUOTES = 8;
  static final int NETWORK_EACH = 5;
  static final int QUOTE_READ = 300;
  static final int STEPS = 8;

  private final Searcher searcher;
  private final ReportExtras extras;
  private final Clock clock;

  public ReportComputation(Searcher searcher, ReportExtras extras, Clock clock) {
    this.searcher = searcher;
    this.extras = extras == null ? ReportExtras.NONE : extras;
    this.clock = clock;
  }

  /** The report asked for by {@code spec}, telling {@code progress} of each step. */
  public Report compute(ReportSpec spec, ReportProgress progress) {
    ReportQueries q = new ReportQueries(searcher, new ReportLinks(spec.baseUrl()));
    String scope = spec.scopeQuery();
    Period p = spec.period();
    progress.at(0, STEPS, "report.step.figures");
    SearchResult now = q.count(scope, p, FACETS);
    SearchResult before = q.count(scope, p.previous(), PREVIOUS_FACETS);
    List<Report.KeyFigure> figures = KeyFigures.of(q, scope, p, now, before);
    progress.at(1, STEPS, "report.step.volume");
    Report.Volume volume = volume(spec);
    progress.at(2, STEPS, "report.step.shares");
    List<Report.Share> shares = shares(q, scope, p, now);
    progress.at(3, STEPS, "report.step.stories");
    List<Report.StoryLine> stories = stories(q, scope, p, now);
    progress.at(4, STEPS, "report.step.entities");
    List<Report.Ranked> people = q.ranked(now, SearchFields.PERSON, scope, p, TOP);
    List<Report.Ranked> orgs = q.ranked(now, SearchFields.ORGANIZATION, scope, p, TOP);
    List<Report.Ranked> accounts = q.ranked(now, SearchFields.ACCOUNT, scope, p, TOP);
    Report.Network network = network(q, scope, p, people, orgs);
    progress.at(5, STEPS, "report.step.quotes");
    List<Report.QuoteLine> quotes = quotes(q, scope, p);
    progress.at(6, STEPS, "report.step.harm");
    Report.Harm harm = harm(q, scope, p, now);
    List<Report.AlertLine> alerts = extras.alertsFired(p);
    progress.at(7, STEPS, "report.step.sources");
    List<Report.SilentSource> silent = silent(now, before, p);
    Report.Method method = method(spec, now);
    progress.at(STEPS, STEPS, "report.step.done");
    return new Report(
        spec,
        clock.instant(),
        searcherSize(),
        figures,
        volume,
        shares,
        stories,
        people,
        orgs,
        accounts,
        network,
        quotes,
        harm,
        alerts,
        extras.coordinationGroups(spec.period()),
        silent,
        method);
  }

  private long searcherSize() {
    return searcher
        .search(
            new SearchRequest(
                new Query.All(), java.util.Map.of(), Sort.NEWEST, 0, 0, List.of(), false))
        .total();
  }

  /** Each section's documents per day of the period. */
  private Report.Volume volume(ReportSpec spec) {
    Period p = spec.period();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
      days.add(d);
    }
    List<ReportSection> sections =
        spec.sections().isEmpty()
            ? List.of(
                new ReportSection(
                    spec.language().equals("en") ? "All documents" : "Tous les documents", ""))
            : spec.sections();
    ReportLinks links = new ReportLinks(spec.baseUrl());
    List<Report.Series> series = new ArrayList<>();
    for (ReportSection s : sections) {
      Histogram h =
          searcher.histogram(
              new SearchRequest(
                  ReportQueries.within(s.query(), p),
                  java.util.Map.of(),
                  Sort.NEWEST,
                  0,
                  0,
                  List.of(),
                  false),
              Interval.DAY);
      long[] counts = perDay(h, p);
      long total = 0;
      for (long c : counts) {
        total += c;
      }
      series.add(
          new Report.Series(
              s.name(), counts, Spikes.standard().find(counts), total, links.search(s.query(), p)));
    }
    return new Report.Volume(days, series);
  }

  /** A histogram's counts on every day of the period, zero where it has none. */
  static long[] perDay(Histogram h, Period p) {
    long[] counts = new long[(int) p.days()];
    for (Histogram.Bucket b : h.buckets()) {
      long i = java.time.temporal.ChronoUnit.DAYS.between(p.from(), b.start());
      if (i >= 0 && i < counts.length) {
        counts[(int) i] += b.count();
      }
    }
    return counts;
  }

  private static List<Report.Share> shares(
      ReportQueries q, String scope, Period p, SearchResult now) {
    List<Report.Share> shares = new ArrayList<>();
    for (String field : List.of(SearchFields.SITE, SearchFields.PLATFORM, SearchFields.LANGUAGE)) {
      shares.add(
          new Report.Share(field, now.total(), q.ranked(now, field, scope, p, SHARE_VALUES)));
    }
    return shares;
  }

  /**
   * The stories with most documents in the period (two at least), their span and first source: one
   * streaming pass over the period's documents (copies left out), as the search counts them.
   */
  private static List<Report.StoryLine> stories(
      ReportQueries q, String scope, Period p, SearchResult now) {
    java.util.Map<String, StoryTally> tallies = new java.util.HashMap<>();
    q.searcher()
        .forEachMatch(
            SearchRequest.matching(ReportQueries.within(scope, p)),
            d -> {
              if (d.storyId() != null) {
                tallies.computeIfAbsent(d.storyId(), k -> new StoryTally()).add(d);
              }
            });
    return tallies.entrySet().stream()
        .filter(e -> e.getValue().documents >= 2)
        .sorted(
            java.util.Comparator.<java.util.Map.Entry<String, StoryTally>>comparingLong(
                    e -> -e.getValue().documents)
                .thenComparing(java.util.Map.Entry::getKey))
        .limit(STORIES)
        .map(e -> e.getValue().line(e.getKey(), q.links().story(e.getKey())))
        .toList();
  }

  /** What a story's documents of the period add up to. */
  private static final class StoryTally {
    long documents;
    final Set<String> sites = new java.util.TreeSet<>();
    LocalDate first;
    LocalDate last;
    String firstTime;
    String title;
    String firstSite;

    void add(AnalyzedDocument d) {
      documents++;
      if (d.site() != null) {
        sites.add(d.site());
      }
      LocalDate day = day(d);
      String time = d.published() == null ? String.valueOf(day) : d.published();
      if (firstTime == null || time.compareTo(firstTime) < 0) {
        firstTime = time;
        title = d.title() == null ? d.id() : d.title();
        firstSite = d.site() == null ? "" : d.site();
      }
      first = first == null || (day != null && day.isBefore(first)) ? day : first;
      last = last == null || (day != null && day.isAfter(last)) ? day : last;
    }

    Report.StoryLine line(String id, String link) {
      return new Report.StoryLine(id, title, first, last, documents, sites.size(), firstSite, link);
    }
  }

  /**
   * A document's publication day, or null: the day it was collected is not a publication day, so an
   * undated document never stretches a story's span to it.
   */
  static LocalDate day(AnalyzedDocument d) {
    String published = d.published();
    return published != null && published.length() >= 10
        ? LocalDate.parse(published.substring(0, 10))
        : null;
  }

  /** The most named people and organisations and the documents naming two of them. */
  private static Report.Network network(
      ReportQueries q,
      String scope,
      Period p,
      List<Report.Ranked> people,
      List<Report.Ranked> orgs) {
    List<String> nodes = new ArrayList<>();
    List<long[]> sizes = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (Report.Ranked r : people.subList(0, Math.min(NETWORK_EACH, people.size()))) {
      nodes.add(r.label());
      sizes.add(new long[] {r.count(), 0});
      fields.add(SearchFields.PERSON);
    }
    for (Report.Ranked r : orgs.subList(0, Math.min(NETWORK_EACH, orgs.size()))) {
      nodes.add(r.label());
      sizes.add(new long[] {r.count(), 1});
      fields.add(SearchFields.ORGANIZATION);
    }
    List<Report.Edge> edges = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        Query both =
            new Query.And(
                List.of(
                    new Query.Phrase(fields.get(i), nodes.get(i)),
                    new Query.Phrase(fields.get(j), nodes.get(j))));
        long n = q.count(scope, p, both);
        if (n > 0) {
          edges.add(new Report.Edge(i, j, n));
        }
      }
    }
    return new Report.Network(nodes, sizes, edges);
  }

  /** One quotation per most quoted speaker, then others, from the newest documents. */
  private static List<Report.QuoteLine> quotes(ReportQueries q, String scope, Period p) {
    SearchResult r =
        q.read(
            ReportQueries.within(scope, p), Sort.NEWEST, QUOTE_READ, List.of(SearchFields.SPEAKER));
    List<Report.QuoteLine> out = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    ReportQueries.facet(r, SearchFields.SPEAKER).forEach(v -> speakers.add(v.value()));
    Set<String> quoted = new LinkedHashSet<>();
    for (String speaker : speakers) {
      for (SearchResult.Hit hit : r.hits()) {
        if (out.size() == QUOTES || quoted.contains(speaker)) {
          break;
        }
        for (org.vigie.document.Quote quote : hit.document().quotes()) {
          if (speaker.equalsIgnoreCase(quote.speaker()) && quoted.add(speaker)) {
            out.add(line(q, quote, hit.document()));
            break;
          }
        }
      }
    }
    return out;
  }

  private static Report.QuoteLine line(
      ReportQueries q, org.vigie.document.Quote quote, AnalyzedDocument d) {
    return new Report.QuoteLine(
        quote.speaker(),
        quote.text(),
        d.site() == null ? "" : d.site(),
        d.title() == null ? "" : d.title(),
        d.published() == null
            ? ""
            : d.published().substring(0, Math.min(10, d.published().length())),
        q.links().document(d.id()));
  }

  private Report.Harm harm(ReportQueries q, String scope, Period p, SearchResult now) {
    Query hostile = new Query.Phrase(SearchFields.HARM, HOSTILE);
    Query within = new Query.And(List.of(ReportQueries.within(scope, p), hostile));
    Histogram h =
        searcher.histogram(
            new SearchRequest(within, java.util.Map.of(), Sort.NEWEST, 0, 0, List.of(), false),
            Interval.DAY);
    long[] perDay = perDay(h, p);
    long total = q.count(scope, p, hostile);
    long previous = q.count(scope, p.previous(), hostile);
    List<Report.Ranked> categories = q.ranked(now, SearchFields.HARM, scope, p, TOP);
    return new Report.Harm(
        perDay,
        total,
        previous,
        categories,
        q.links().search(scope, p, SearchFields.HARM + ":" + HOSTILE));
  }

  /** Sites that published in the previous period and not in this one, then registered sources. */
  private List<Report.SilentSource> silent(SearchResult now, SearchResult before, Period p) {
    Set<String> present = new LinkedHashSet<>();
    ReportQueries.facet(now, SearchFields.SITE).forEach(v -> present.add(v.value()));
    List<Report.SilentSource> out = new ArrayList<>();
    for (SearchResult.FacetValue v : ReportQueries.facet(before, SearchFields.SITE)) {
      if (!present.contains(v.value())) {
        out.add(
            new Report.SilentSource(
                v.value(), p.previous().to().toString(), "previous:" + v.count()));
      }
    }
    out.addAll(extras.silentSources(p));
    return out;
  }

  private static Report.Method method(ReportSpec spec, SearchResult now) {
    List<String> queries = new ArrayList<>();
    for (ReportSection s : spec.sections()) {
      queries.add(s.name() + " : " + (s.query().isBlank() ? "*" : s.query()));
    }
    return new Report.Method(
        queries,
        spec.period().queryText(),
        ReportQueries.facet(now, SearchFields.SITE).stream()
            .map(SearchResult.FacetValue::value)
            .toList(),
        ReportQueries.facet(now, SearchFields.LANGUAGE).stream()
            .map(SearchResult.FacetValue::value)
            .toList());
  }
}
