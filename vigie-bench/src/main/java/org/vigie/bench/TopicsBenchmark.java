package org.vigie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigie.analysis.Stages;
import org.vigie.analysis.nlp.lexemes.FunctionWords;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.RawDocument;
import org.vigie.link.ArchiveWriter;
import org.vigie.link.topics.TaxonomyFile;
import org.vigie.link.topics.Topic;
import org.vigie.link.topics.TopicMonitor;
import org.vigie.link.topics.TopicTagger;
import org.vigie.search.IndexedValues;
import org.vigie.search.QueryParser;
import org.vigie.store.lucene.LuceneIndex;

/**
 * What a large topic taxonomy adds to ingest: 5 000 stored queries (the starter taxonomy, plus
 * queries generated from its terms, the entity names found in the articles and their frequent
 * words) registered in a {@link TopicMonitor}, then matched against the MasakhaNEWS French articles
 * and the seeds, analysed by the standard pipeline. Reports the match cost per document (what
 * {@code LuceneIndex.add} spends on topics) and, as a cross-check, the cost of {@code add} with and
 * without the taxonomy; appends a row to {@code docs/BENCHMARKS.md}.
 *
 * <p>Run from the repository root: {@code bench/topics.sh} or {@code ./vigie bench topics}.
 */
public final class TopicsBenchmark {
  private static final int TOPICS = 5_000;
  private static final int PASSES = 3;

  /** Generated topics use words and phrases found in 2 to this percentage of the articles. */
  private static final int MAX_DOC_PERCENT = 3;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]{3,}");

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path docsMd = Path.of(args.length > 1 ? args[1] : "docs/BENCHMARKS.md");
    String command = args.length > 2 ? args[2] : "bench/topics.sh";
    Path news = shared.resolve("corpus/masakhanews-fr");
    if (!Files.isDirectory(news)) {
      System.out.println("Topics benchmark skipped: " + news.toAbsolutePath() + " not found");
      return;
    }
    double loadBefore = BenchLog.load();
    List<AnalyzedDocument> docs = analyse(news, Path.of("samples/seeds"));
    List<Topic> taxonomy = taxonomy(docs, TOPICS, new Random(20261123));
    System.out.printf(
        Locale.ROOT, "%d documents analysed, %d topics%n", docs.size(), taxonomy.size());

    TopicMonitor monitor = new TopicMonitor();
    long t0 = System.nanoTime();
    List<TopicMonitor.Entry> entries = new ArrayList<>();
    for (Topic t : taxonomy) {
      entries.add(new TopicMonitor.Entry(t.id(), t.parsedQuery()));
    }
    monitor.register(entries);
    double registerMs = (System.nanoTime() - t0) / 1e6;

    Map<String, String> queries = new HashMap<>();
    taxonomy.forEach(t -> queries.put(t.id(), t.query()));
    List<String> example = monitor.topicsOf(docs.get(0));
    System.out.println(
        "document 1 ("
            + docs.get(0).text().length()
            + " characters) matches "
            + example.size()
            + " topics, e.g. "
            + example.stream().limit(12).map(queries::get).toList());
    // Warm-up pass, then timed passes: the match each document gets in LuceneIndex.add.
    Timing timing = timing(monitor, docs);
    double cpuMean = timing.cpuMean();
    double mean = timing.mean();
    long p50 = timing.p50();
    long p99 = timing.p99();
    double tagsPerDoc = timing.tagsPerDoc();

    for (int size : List.of(0, TaxonomyFile.starter().size())) {
      TopicMonitor small = new TopicMonitor();
      small.register(entries.subList(0, size));
      Timing t = timing(small, docs);
      System.out.printf(
          Locale.ROOT,
          "%d topics: match per document CPU %.0f µs; wall mean %.0f µs, p50 %d µs, p99 %d µs;"
              + " %.2f topics per document%n",
          size,
          t.cpuMean(),
          t.mean(),
          t.p50(),
          t.p99(),
          t.tagsPerDoc());
      small.close();
    }
    double withoutUs = addCost(docs, null);
    double withUs = addCost(docs, monitor);
    double loadAfter = BenchLog.load();
    monitor.close();

    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | %.1f→%.1f | `%s` | %d | %d | %.0f ms | **%.0f µs** | %.0f / %d / %d µs | %.2f | %.0f → %.0f µs (+%.0f) |",
            BenchLog.today(),
            BenchLog.machine(),
            loadBefore,
            loadAfter,
            command,
            docs.size(),
            taxonomy.size(),
            registerMs,
            cpuMean,
            mean,
            p50,
            p99,
            tagsPerDoc,
            withoutUs,
            withUs,
            withUs - withoutUs);
    System.out.println(
        "| date | machine | load | command | documents | topics | register | match CPU per document | match wall mean / p50 / p99 | topics per document | LuceneIndex.add CPU without → with topics |");
    System.out.println(row);
    // The target is what topics add to an ingest: LuceneIndex.add with the monitor minus without.
    // The match timed alone also counts building the document's in-memory index (the 0-topic row).
    double added = withUs - withoutUs;
    System.out.printf(
        Locale.ROOT,
        "%s: %.0f µs CPU added to LuceneIndex.add per document by %d topics (match alone %.0f µs)%n",
        added < 1000 ? "target met (< 1 ms added per document)" : "TARGET MISSED (≥ 1 ms added)",
        added,
        taxonomy.size(),
        cpuMean);
    BenchLog.appendRow(docsMd, "topics", row);
  }

  /**
   * Match costs: CPU time of the matching thread per document (what the work costs, whatever else
   * runs on the machine) and wall-clock percentiles (which a loaded machine inflates).
   */
  record Timing(double cpuMean, double mean, long p50, long p99, double tagsPerDoc) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static Timing timing(TopicMonitor monitor, List<AnalyzedDocument> docs) {
    long tags = 0;
    for (AnalyzedDocument d : docs) {
      tags += monitor.topicsOf(d).size();
    }
    long[] micros = new long[docs.size() * PASSES];
    int k = 0;
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int pass = 0; pass < PASSES; pass++) {
      for (AnalyzedDocument d : docs) {
        long s = System.nanoTime();
        monitor.topicsOf(d);
        micros[k++] = (System.nanoTime() - s) / 1_000;
      }
    }
    double cpuMean = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / micros.length;
    Arrays.sort(micros);
    return new Timing(
        cpuMean,
        Arrays.stream(micros).average().orElse(0),
        micros[micros.length / 2],
        micros[(int) (micros.length * 0.99)],
        (double) tags / docs.size());
  }

  /** The articles (headline and text) and the seeds, through the standard pipeline. */
  static List<AnalyzedDocument> analyse(Path news, Path seeds) throws IOException {
    Pipeline pipeline = Stages.standard();
    List<AnalyzedDocument> docs = new ArrayList<>();
    int n = 0;
    for (String file : List.of("dev.tsv", "test.tsv")) {
      for (String text : NerBenchmark.articles(news.resolve(file))) {
        try {
          docs.add(pipeline.analyze(raw("masakhanews:" + file + ":" + (++n), text)));
        } catch (DocumentRejectedException e) {
          System.out.println("skipped article " + n + ": " + e.getMessage());
        }
      }
    }
    if (Files.isDirectory(seeds)) {
      try (var files = Files.list(seeds)) {
        for (Path p : files.sorted().toList()) {
          docs.add(pipeline.analyze(raw(p.toString(), Files.readString(p))));
        }
      }
    }
    return docs;
  }

  private static RawDocument raw(String origin, String text) {
    return new RawDocument(
        origin,
        "bench",
        null,
        Instant.parse("2026-11-23T00:00:00Z"),
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  /**
   * The starter taxonomy and generated topics up to {@code size}: disjunctions of frequent words,
   * conjunctions, exclusions, phrases of two words seen together, entity filters with a word, and a
   * few prefixes, drawn with weights from the articles' own vocabulary.
   */
  static List<Topic> taxonomy(List<AnalyzedDocument> docs, int size, Random random) {
    List<Topic> topics = new ArrayList<>(TaxonomyFile.starter());
    // A taxonomy names subjects: its words and phrases are specific ones ("MINUSMA",
    // "jihadistes", "coupure d'Internet"), found in a few articles, not "selon" or "plus".
    int maxDocs = Math.max(3, docs.size() * MAX_DOC_PERCENT / 100);
    List<String> words = specific(docs, d -> words(d.text()), maxDocs);
    words.addAll(starterTerms(topics));
    List<String> bigrams = specific(docs, d -> pairs(d.text()), maxDocs);
    List<String[]> entities = entityNames(docs);
    int n = 0;
    while (topics.size() < size) {
      String query =
          switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4 -> pick(words, random) + " ET " + pick(words, random);
            case 5, 6, 7, 8 ->
                "("
                    + pick(words, random)
                    + " OU "
                    + pick(words, random)
                    + ") ET "
                    + pick(words, random);
            case 9, 10, 11, 12 -> "«" + pick(bigrams, random) + "»";
            case 13, 14 -> "«" + pick(bigrams, random) + "» OU «" + pick(bigrams, random) + "»";
            case 15, 16, 17 -> {
              String[] e = entities.get(random.nextInt(entities.size()));
              yield e[0] + ":\"" + e[1] + "\" ET " + pick(words, random);
            }
            case 18 ->
                pick(words, random) + " ET " + pick(words, random) + " SAUF " + pick(words, random);
            default -> prefix(pick(words, random)) + " ET " + pick(words, random);
          };
      try {
        QueryParser.parse(query);
        topics.add(new Topic("g" + (++n), "Généré " + n, List.of("Banc d'essai"), query));
      } catch (IllegalArgumentException e) {
        // a word the parser reads as an operator or field: draw again
      }
    }
    return topics;
  }

  private static String prefix(String word) {
    return word.substring(0, Math.min(word.length(), 5)).replace("\"", "") + "*";
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  /** Values found in at least 2 and at most {@code maxDocs} documents, most frequent first. */
  static List<String> specific(
      List<AnalyzedDocument> docs, Function<AnalyzedDocument, Set<String>> values, int maxDocs) {
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedDocument d : docs) {
      values.apply(d).forEach(v -> df.merge(v, 1, Integer::sum));
    }
    return df.entrySet().stream()
        .filter(e -> e.getValue() >= 2 && e.getValue() <= maxDocs)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static final Set<String> OPERATORS = Set.of("ET", "OU", "SAUF", "AND", "OR", "NOT");

  /** A text's distinct content words, lower-cased. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!FunctionWords.contains(w)
          && !w.contains("'")
          && !w.contains("’")
          && !OPERATORS.contains(w.toUpperCase(Locale.ROOT))) {
        words.add(w);
      }
    }
    return words;
  }

  /** A text's distinct pairs of consecutive content words. */
  static Set<String> pairs(String text) {
    Set<String> pairs = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    String previous = null;
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      boolean plain = !w.contains("'") && !w.contains("’") && !FunctionWords.contains(w);
      if (previous != null && plain) {
        pairs.add(previous + " " + w);
      }
      previous = plain ? w : null;
    }
    return pairs;
  }

  private static List<String> starterTerms(List<Topic> starter) {
    Set<String> terms = new LinkedHashSet<>();
    for (Topic t : starter) {
      Matcher m = WORD.matcher(t.query().replaceAll("«[^»]*»", " "));
      while (m.find()) {
        String w = m.group();
        if (!Set.of("ET", "OU", "SAUF").contains(w)) {
          terms.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new ArrayList<>(terms);
  }

  static List<String> bigrams(List<AnalyzedDocument> docs, int limit) {
    Map<String, Integer> counts = new HashMap<>();
    for (AnalyzedDocument d : docs) {
      Matcher m = WORD.matcher(d.text());
      String previous = null;
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (previous != null && !w.contains("'") && !w.contains("’")) {
          counts.merge(previous + " " + w, 1, Integer::sum);
        }
        previous = w.contains("'") || w.contains("’") ? null : w;
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static List<String[]> entityNames(List<AnalyzedDocument> docs) {
    Set<String> seen = new LinkedHashSet<>();
    List<String[]> names = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      for (Entity e : d.entities()) {
        String field = IndexedValues.entityField(e.type());
        if (!e.canonical().contains("\"") && seen.add(field + e.canonical())) {
          names.add(new String[] {field, e.canonical()});
        }
      }
    }
    return names;
  }

  /**
   * Mean CPU microseconds per {@code ArchiveWriter.add} into a fresh index, with or without topics.
   */
  private static double addCost(List<AnalyzedDocument> docs, TopicMonitor monitor)
      throws IOException {
    Path folder = Files.createTempDirectory("vigie-topics-bench");
    try (LuceneIndex index = LuceneIndex.open(folder)) {
      ArchiveWriter writer =
          ArchiveWriter.standard(index, monitor == null ? TopicTagger.NONE : monitor);
      long total = 0;
      int n = 0;
      for (int pass = 0; pass < PASSES; pass++) {
        for (AnalyzedDocument d : docs) {
          AnalyzedDocument fresh = d.toBuilder().id(d.id() + "-" + pass).build();
          long s = THREADS.getCurrentThreadCpuTime();
          writer.add(fresh);
          if (pass > 0) {
            total += THREADS.getCurrentThreadCpuTime() - s;
            n++;
          }
        }
      }
      index.commit();
      return total / 1e3 / n;
    } finally {
      try (var walk = Files.walk(folder)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
