package org.vigie.web.page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vigie.analytics.AutoHistogram;
import org.vigie.document.DocumentJson;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;

/**
 * Date histograms for pages: the interval chosen from the span of the matches (years over a long
 * archive, days over a few weeks), the bars' labels in the reader's language, and the search for
 * each bar's dates.
 */
public final class DateHistograms {
  /** The date range the histogram adds to a query; replaced, not stacked, when brushed again. */
  private static final Pattern RANGE =
      Pattern.compile("\\s*\\bdate:\\[\\d{4}-\\d{2}-\\d{2} TO \\d{4}-\\d{2}-\\d{2}\\]\\s*");

  private DateHistograms() {}

  /** The histogram of a search at an interval that gives a readable number of bars. */
  public static Histogram auto(Searcher searcher, SearchRequest request) {
    return AutoHistogram.of(searcher, request);
  }

  /** The last day of a bucket. */
  public static LocalDate end(LocalDate start, Interval interval) {
    return switch (interval) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  /** A bucket's label: "2015", "janvier 2015", "semaine du 5 janv. 2015", "5 janv. 2015". */
  public static String label(LocalDate start, Interval interval, WebText t) {
    return switch (interval) {
      case YEAR -> Integer.toString(start.getYear());
      case MONTH -> t.month(start.toString().substring(0, 7));
      case WEEK -> t.t("histogram.week", shortDate(start, t));
      case DAY -> shortDate(start, t);
    };
  }

  public static String shortDate(LocalDate day, WebText t) {
    return day.format(
        DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.forLanguageTag(t.code())));
  }

  /** The query of the undated matches: its date range dropped, {@code année:sans-date} added. */
  public static String undated(String query) {
    String base = RANGE.matcher(query == null ? "" : query).replaceAll(" ").strip();
    String filter = "année:" + SearchFields.UNDATED;
    if (base.isEmpty()) {
      return filter;
    }
    return base.contains(filter) ? base : base + " " + filter;
  }

  /** A query restricted to a range of days, replacing a range the histogram added before. */
  public static String withRange(String query, LocalDate from, LocalDate to) {
    String base = RANGE.matcher(query == null ? "" : query).replaceAll(" ").strip();
    String range = "date:[" + from + " TO " + to + "]";
    return base.isEmpty() ? range : base + " " + range;
  }

  /**
   * The view of a histogram.
   *
   * @param urlFor the page's address for a query text
   */
  public static HistogramView view(
      Histogram h, String query, WebText t, Function<String, String> urlFor) {
    List<HistogramView.Bar> bars = new ArrayList<>();
    ArrayNode json = DocumentJson.mapper().createArrayNode();
    for (Histogram.Bucket b : h.buckets()) {
      LocalDate end = end(b.start(), h.interval());
      String label = label(b.start(), h.interval(), t);
      String url = urlFor.apply(withRange(query, b.start(), end));
      bars.add(new HistogramView.Bar(label, t.number(b.count()), url));
      ObjectNode o = json.addObject();
      o.put("start", b.start().toString());
      o.put("end", end.toString());
      o.put("label", label);
      o.put("count", b.count());
      o.put("url", url);
    }
    String rangeUrl =
        urlFor.apply(withRange(query, LocalDate.of(1111, 1, 1), LocalDate.of(2222, 2, 2)));
    rangeUrl = rangeUrl.replace("1111-01-01", "__FROM__").replace("2222-02-02", "__TO__");
    String caption = t.t("histogram.caption." + h.interval().name());
    String undated =
        h.undated() == 0 ? null : t.t("histogram.undated", h.undated(), t.number(h.undated()));
    return new HistogramView(
        caption, bars, json.toString(), rangeUrl, undated, urlFor.apply(undated(query)));
  }
}
