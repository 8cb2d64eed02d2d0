package org.vigie.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.link.topics.LabelledTexts;
import org.vigie.link.topics.Topic;
import org.vigie.link.topics.TopicEvaluation;
import org.vigie.link.topics.TopicShares;

/** The tables of {@code vigie eval topics}, in the interface's language. */
final class EvalTopicsReport {
  private static final int MOST_FREQUENT = 10;
  private final PrintStream out;
  private final TopicsText text;
  private final String set;
  private final String taxonomy;
  private final Path news;

  EvalTopicsReport(PrintStream out, TopicsText text, String set, String taxonomy, Path news) {
    this.out = out;
    this.text = text;
    this.set = set;
    this.taxonomy = taxonomy;
    this.news = news;
  }

  void print(
      List<Topic> topics,
      LabelledTexts.Read labelled,
      TopicEvaluation.Result result,
      NewsArticles.Read read,
      TopicShares shares,
      boolean misses) {
    out.println(text.get("eval.topics.header", set, result.texts(), taxonomy, topics.size()));
    out.println(text.get("eval.topics.columns"));
    result.scores().forEach(s -> out.println(row(s)));
    String below =
        result.below(EvalTopicsCommand.PRECISION_FLOOR).stream()
            .map(TopicEvaluation.Score::topic)
            .collect(Collectors.joining(", "));
    out.println(
        text.get(
            "eval.topics.micro",
            text.decimal(result.precision()),
            text.decimal(result.recall()),
            text.decimal(EvalTopicsCommand.PRECISION_FLOOR),
            below.isEmpty() ? text.get("eval.topics.none") : below));
    if (misses) {
      printMisses(labelled, result);
    }
    out.println();
    if (read == null) {
      out.println(text.get("eval.topics.noNews", news, String.join(", ", NewsArticles.FILES)));
      return;
    }
    printNews(read, shares);
  }

  private static String row(TopicEvaluation.Score s) {
    return String.format(
        Locale.ROOT,
        "  %-34s %9.3f %7.3f %4d %4d %4d %4d/%d",
        s.topic(),
        s.precision(),
        s.recall(),
        s.tp(),
        s.fp(),
        s.fn(),
        s.hardTagged(),
        s.hardNegatives());
  }

  private void printMisses(LabelledTexts.Read labelled, TopicEvaluation.Result result) {
    Map<String, String> titles = new HashMap<>();
    labelled.texts().forEach(t -> titles.put(t.id(), t.title()));
    for (TopicEvaluation.Miss m : result.misses()) {
      String key = m.falsePositive() ? "eval.topics.falsePositive" : "eval.topics.falseNegative";
      out.println(text.get(key, m.topic(), m.text(), titles.get(m.text())));
    }
  }

  private void printNews(NewsArticles.Read read, TopicShares shares) {
    out.println(
        text.get(
            "eval.topics.news",
            news,
            read.rows(),
            shares.articles(),
            read.copies(),
            read.rejected().size()));
    read.rejected().forEach(e -> out.println("  " + e.origin() + ": " + e.message()));
    out.println(
        text.get(
            "eval.topics.conflict",
            shares.outsidePoliticsConflict(),
            shares.outsidePolitics(),
            text.percent(shares.outsidePoliticsConflictShare()),
            text.percent(EvalTopicsCommand.CONFLICT_CEILING)));
    String byTopic =
        shares.outsidePoliticsPerTopic().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    out.println(text.get("eval.topics.conflictTopics", byTopic.isEmpty() ? "-" : byTopic));
    List<Map.Entry<String, Integer>> frequent =
        shares.perTopic().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .toList();
    String over =
        frequent.stream()
            .filter(e -> shares.share(e.getKey()) > EvalTopicsCommand.TOPIC_CEILING)
            .map(Map.Entry::getKey)
            .collect(Collectors.joining(", "));
    out.println(
        text.get(
            "eval.topics.over",
            text.percent(EvalTopicsCommand.TOPIC_CEILING),
            over.isEmpty() ? text.get("eval.topics.none") : over));
    out.println(text.get("eval.topics.frequent"));
    frequent.stream()
        .limit(MOST_FREQUENT)
        .forEach(
            e ->
                out.println(
                    String.format(
                        Locale.ROOT,
                        "  %-34s %4d  %s",
                        e.getKey(),
                        e.getValue(),
                        text.percent(shares.share(e.getKey())))));
  }

  /** The articles outside politics that carry a conflict or rights topic, with those topics. */
  void listConflict(List<Topic> topics, NewsArticles.Read read) {
    var conflict = TopicShares.conflictOrRights(topics);
    for (TopicShares.Tagged a : read.articles()) {
      List<String> hit = a.topics().stream().filter(conflict::contains).toList();
      if (!"politics".equals(a.section()) && !hit.isEmpty()) {
        out.println(text.get("eval.topics.conflictArticle", a.section(), hit, a.title()));
      }
    }
  }
}
