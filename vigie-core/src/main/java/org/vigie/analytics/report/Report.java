package org.vigie.analytics.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A situation report's content, computed once ({@link ReportComputation}) and rendered to PDF,
 * HTML, Word and a data annex by {@code render}. Every figure carries the link of the search that
 * produced it. Immutable.
 *
 * @param spec what was asked
 * @param generatedAt when it was computed (printed in the method note)
 * @param documents the archive's size when it was computed
 */
public record Report(
    ReportSpec spec,
    Instant generatedAt,
    long documents,
    List<KeyFigure> keyFigures,
    Volume volume,
    List<Share> shares,
    List<StoryLine> stories,
    List<Ranked> people,
    List<Ranked> organisations,
    List<Ranked> accounts,
    Network network,
    List<QuoteLine> quotes,
    Harm harm,
    List<AlertLine> alerts,
    List<GroupLine> coordination,
    List<SilentSource> silent,
    Method method) {

  public Report {
    keyFigures = List.copyOf(keyFigures);
    shares = List.copyOf(shares);
    stories = List.copyOf(stories);
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    accounts = List.copyOf(accounts);
    quotes = List.copyOf(quotes);
    alerts = List.copyOf(alerts);
    coordination = List.copyOf(coordination);
    silent = List.copyOf(silent);
  }

  /** The key figure named {@code key}. */
  public KeyFigure figure(String key) {
    return keyFigures.stream()
        .filter(f -> f.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no key figure " + key));
  }

  /**
   * A count for the period and for the one before.
   *
   * @param key {@code documents}, {@code posts}, {@code sources}, {@code languages}, {@code
   *     countries}
   * @param capped whether {@code value} is a lower bound (more distinct values than are counted)
   * @param link the search that gives the value
   */
  public record KeyFigure(String key, long value, long previous, boolean capped, String link) {
    /**
     * The change against the previous period in percent, or {@code null} when it had none and this
     * one has some.
     */
    public Double changePercent() {
      if (previous == 0) {
        return value == 0 ? 0.0 : null;
      }
      return (value - previous) * 100.0 / previous;
    }
  }

  /** Documents per day of the period, one series per section (or one for the whole archive). */
  public record Volume(List<LocalDate> days, List<Series> series) {
    public Volume {
      days = List.copyOf(days);
      series = List.copyOf(series);
    }
  }

  /** One section's counts, one per day, and the days that stand out. */
  public record Series(String name, long[] counts, List<Integer> spikes, long total, String link) {
    public Series {
      counts = counts.clone();
      spikes = List.copyOf(spikes);
    }

    @Override
    public long[] counts() {
      return counts.clone();
    }
  }

  /** The distribution of the period's documents over one field's values. */
  public record Share(String field, long total, List<Ranked> values) {
    public Share {
      values = List.copyOf(values);
    }
  }

  /** A value and how many documents have it, with the search listing them. */
  public record Ranked(String label, long count, String link) {}

  /**
   * A story active in the period.
   *
   * @param documents its documents published in the period (copies not counted)
   * @param sources how many sites published them
   * @param firstSource the site of its first document of the period
   */
  public record StoryLine(
      String id,
      String title,
      LocalDate first,
      LocalDate last,
      long documents,
      int sources,
      String firstSource,
      String link) {}

  /** Who is named with whom: the most named people and organisations, and how often together. */
  public record Network(List<String> nodes, List<long[]> sizes, List<Edge> edges) {
    public Network {
      nodes = List.copyOf(nodes);
      sizes = List.copyOf(sizes);
      edges = List.copyOf(edges);
    }
  }

  /** Two nodes (indexes) named in the same documents. */
  public record Edge(int a, int b, long documents) {}

  /** A notable quotation: who said it, in which document. */
  public record QuoteLine(
      String speaker, String text, String site, String title, String published, String link) {}

  /**
   * Harmful speech in the period: documents whose own words are hostile, per day, and by category.
   */
  public record Harm(
      long[] perDay, long total, long previous, List<Ranked> categories, String link) {
    public Harm {
      perDay = perDay.clone();
      categories = List.copyOf(categories);
    }

    @Override
    public long[] perDay() {
      return perDay.clone();
    }
  }

  /** An alert rule that sent messages in the period. */
  public record AlertLine(String rule, String query, long messages, String link) {}

  /**
   * A group of coordinated accounts active in the period (the latest run's view of it).
   *
   * @param kinds the kinds of objects they pushed (lien, texte…)
   * @param span first and last coordinated share
   * @param link the group's page
   */
  public record GroupLine(
      String label,
      int accounts,
      long pairs,
      String kinds,
      String platforms,
      String span,
      String link) {}

  /** A source that published nothing in the period. */
  public record SilentSource(String source, String lastSeen, String reason) {}

  /**
   * How the figures were obtained.
   *
   * @param queries the searches, one per section, as typed
   * @param sources the sources that published in the period
   * @param languages the languages of the period's documents
   */
  public record Method(
      List<String> queries, String dateQuery, List<String> sources, List<String> languages) {
    public Method {
      queries = List.copyOf(queries);
      sources = List.copyOf(sources);
      languages = List.copyOf(languages);
    }
  }
}
