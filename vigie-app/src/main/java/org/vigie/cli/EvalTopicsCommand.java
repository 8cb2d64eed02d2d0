package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.link.topics.LabelledTexts;
import org.vigie.link.topics.TaxonomyFile;
import org.vigie.link.topics.Topic;
import org.vigie.link.topics.TopicEvaluation;
import org.vigie.link.topics.TopicMonitor;
import org.vigie.link.topics.TopicShares;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie eval topics [--json]}: the taxonomy's precision and recall per topic on a labelled
 * set (Vigie's own by default), then how often its topics fall on general news (MasakhaNEWS, read
 * from {@code ../shared} when it is there): the share of articles outside politics with a conflict
 * or rights topic, and the share of all articles per topic.
 */
@Command(name = "topics", description = "Topic precision and recall; topics on general news.")
final class EvalTopicsCommand implements Callable<Integer> {
  /** The precision every topic should reach on the labelled set. */
  static final double PRECISION_FLOOR = 0.9;

  /** The most articles outside politics that may carry a conflict or rights topic. */
  static final double CONFLICT_CEILING = 0.03;

  /** The most articles of a general corpus one topic may be on. */
  static final double TOPIC_CEILING = 0.05;

  /** The {@code --set} value that names Vigie's held-out set. */
  static final String HOLDOUT = "holdout";

  @ParentCommand EvalCommand parent;

  @Option(names = "--json", description = "One JSON object instead of tables.")
  boolean json;

  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description = "A taxonomy file (vigie topics export; default: the starter taxonomy).")
  Path taxonomy;

  @Option(
      names = "--set",
      paramLabel = "FILE",
      description =
          "A labelled set in JSON Lines, or 'holdout' for Vigie's held-out set (default: Vigie's"
              + " own, 429 texts).")
  Path set;

  @Option(
      names = "--news",
      paramLabel = "FOLDER",
      description = "MasakhaNEWS French (dev.tsv, test.tsv; default: ${DEFAULT-VALUE}).")
  Path news = NewsArticles.DEFAULT_FOLDER;

  @Option(
      names = "--misses",
      description =
          "List each wrong or missing tag of the labelled set, and the news articles outside"
              + " politics that carry a conflict or rights topic.")
  boolean misses;

  @Override
  public Integer call() throws IOException {
    TopicsText text = new TopicsText(parent.cli.messages());
    List<Topic> topics = topics();
    LabelledTexts.Read labelled = labelled(text);
    labelled.errors().forEach(e -> parent.cli.err.println(text.get("eval.topics.skipped", e)));
    try (TopicMonitor monitor = new TopicMonitor()) {
      topics.forEach(t -> monitor.register(t.id(), t.parsedQuery()));
      TopicEvaluation.Result result = TopicEvaluation.run(monitor, topics, labelled.texts());
      List<Path> files = NewsArticles.files(news);
      NewsArticles.Read read = files.isEmpty() ? null : NewsArticles.read(files, monitor);
      TopicShares shares =
          read == null ? null : TopicShares.of(topics, read.articles(), "politics");
      if (json) {
        printJson(result, read, shares);
      } else {
        new EvalTopicsReport(parent.cli.out, text, setName(), taxonomyName(), news)
            .print(topics, labelled, result, read, shares, misses);
        if (misses && read != null) {
          new EvalTopicsReport(parent.cli.out, text, setName(), taxonomyName(), news)
              .listConflict(topics, read);
        }
      }
    }
    return VigieCli.OK;
  }

  private List<Topic> topics() {
    if (taxonomy == null) {
      return TaxonomyFile.starter();
    }
    if (!Files.isRegularFile(taxonomy)) {
      throw new UserException("no such file: " + taxonomy);
    }
    try {
      TaxonomyFile.Read read = TaxonomyFile.read(taxonomy);
      read.errors().forEach(e -> parent.cli.err.println(e));
      return read.topics();
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  private LabelledTexts.Read labelled(TopicsText text) throws IOException {
    if (set == null) {
      return LabelledTexts.bundled();
    }
    if (set.toString().equals(HOLDOUT)) {
      return LabelledTexts.holdout();
    }
    if (!Files.isRegularFile(set)) {
      throw new UserException(text.get("eval.topics.noSet", set));
    }
    try (InputStream in = Files.newInputStream(set)) {
      return LabelledTexts.read(in, set.toString());
    }
  }

  private String setName() {
    if (set == null) {
      return LabelledTexts.BUNDLED;
    }
    return set.toString().equals(HOLDOUT) ? LabelledTexts.HOLDOUT : set.toString();
  }

  private String taxonomyName() {
    return taxonomy == null ? TaxonomyFile.STARTER_RESOURCE : taxonomy.toString();
  }

  private void printJson(TopicEvaluation.Result result, NewsArticles.Read read, TopicShares shares)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("taxonomy", taxonomyName());
    ObjectNode labelled = root.putObject("labelled");
    labelled.put("set", setName()).put("texts", result.texts());
    labelled.put("precision", result.precision()).put("recall", result.recall());
    labelled.put("precisionFloor", PRECISION_FLOOR);
    ArrayNode rows = labelled.putArray("topics");
    for (TopicEvaluation.Score s : result.scores()) {
      rows.addObject()
          .put("id", s.topic())
          .put("precision", s.precision())
          .put("recall", s.recall())
          .put("tp", s.tp())
          .put("fp", s.fp())
          .put("fn", s.fn())
          .put("hardNegatives", s.hardNegatives())
          .put("hardNegativesTagged", s.hardTagged());
    }
    ArrayNode below = labelled.putArray("belowFloor");
    result.below(PRECISION_FLOOR).forEach(s -> below.add(s.topic()));
    news(root.putObject("news"), read, shares);
    PrintStream out = parent.cli.out;
    out.println(mapper.writeValueAsString(root));
  }

  private void news(ObjectNode node, NewsArticles.Read read, TopicShares shares) {
    node.put("folder", news.toString());
    if (read == null) {
      node.put("skipped", "no " + String.join(" and ", NewsArticles.FILES) + " in the folder");
      return;
    }
    node.put("rows", read.rows()).put("articles", shares.articles());
    node.put("copies", read.copies()).put("rejected", read.rejected().size());
    node.put("outsidePolitics", shares.outsidePolitics());
    node.put("outsidePoliticsConflict", shares.outsidePoliticsConflict());
    node.put("outsidePoliticsConflictShare", shares.outsidePoliticsConflictShare());
    node.put("conflictCeiling", CONFLICT_CEILING).put("topicCeiling", TOPIC_CEILING);
    Map<String, Double> perTopic = new HashMap<>();
    ObjectNode outside = node.putObject("outsidePoliticsPerTopic");
    shares.outsidePoliticsPerTopic().forEach((id, n) -> outside.put(id, n));
    ObjectNode counts = node.putObject("perTopic");
    shares.perTopic().forEach((id, n) -> counts.put(id, n));
    shares.perTopic().keySet().forEach(id -> perTopic.put(id, shares.share(id)));
    ArrayNode over = node.putArray("overCeiling");
    perTopic.entrySet().stream()
        .filter(e -> e.getValue() > TOPIC_CEILING)
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(over::add);
  }
}
