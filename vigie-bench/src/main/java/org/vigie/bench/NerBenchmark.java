package org.vigie.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.vigie.analysis.ner.EntityExtractor;
import org.vigie.analysis.ner.EntityRecognizer;
import org.vigie.analysis.ner.NerCorpus;
import org.vigie.analysis.ner.NerEvaluation;
import org.vigie.analysis.ner.NerScore;
import org.vigie.analysis.nlp.Sentence;
import org.vigie.analysis.nlp.SentenceSplitter;
import org.vigie.analysis.nlp.dates.DateExtractor;
import org.vigie.analysis.nlp.figures.FigureExtractor;
import org.vigie.analysis.quotes.QuoteExtractor;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;

/**
 * Vigie's French named entities side by side with Stanford CoreNLP's French pipeline, in one run:
 * entity F1 on the held-out split of the Europeana newspapers ({@link NerCorpus}), both tools
 * reading the gold tokens; and speed (tokens per second, one thread) of the full French analysis on
 * the MasakhaNEWS BBC Afrique articles. Prints a Markdown report.
 *
 * <p>Run from the repository root: {@code bench/ner.sh} (see docs/BENCHMARKS.md). Argument: the
 * shared data folder (default {@code ../shared}); skips with a message when it is absent.
 */
public final class NerBenchmark {
  private static final double CORENLP_SECONDS = 90;

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path gold = shared.resolve("eval/ner/europeana-fr/enp_FR.bnf.bio");
    Path news = shared.resolve("corpus/masakhanews-fr");
    if (!Files.isRegularFile(gold) || !Files.isDirectory(news)) {
      System.out.println("NER benchmark skipped: " + shared.toAbsolutePath() + " has no data");
      return;
    }
    List<NerCorpus.GoldSentence> test = NerCorpus.read(gold, NerCorpus.Split.TEST);
    List<String> texts = new ArrayList<>();
    texts.addAll(articles(news.resolve("dev.tsv")));
    texts.addAll(articles(news.resolve("test.tsv")));

    NerScore vigieScore = NerEvaluation.score(EntityRecognizer.standard(), test);
    Speed vigieSpeed = vigieSpeed(texts);

    StanfordCoreNLP corenlp = corenlp();
    NerScore coreScore = coreNlpScore(corenlp, test);
    Speed coreSpeed = coreNlpSpeed(corenlp, texts);

    report(test, texts, vigieScore, vigieSpeed, coreScore, coreSpeed);
  }

  record Speed(long tokens, int documents, double seconds, long peakHeapBytes) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /** Texts of a MasakhaNEWS TSV ({@code category, headline, text, url}): headline + text. */
  static List<String> articles(Path tsv) throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length >= 3) {
        texts.add(unquote(cols[1]) + "\n\n" + unquote(cols[2]));
      }
    }
    return texts;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  /**
   * The whole French analysis of a clean text, as the stages after language identification run it:
   * tokens and sentences, entities (found, merged, linked), quotations with their speakers, dates
   * and figures.
   */
  static Speed vigieSpeed(List<String> texts) {
    EntityExtractor extractor = EntityExtractor.standard();
    QuoteExtractor quotes = new QuoteExtractor();
    DateExtractor dates = new DateExtractor();
    FigureExtractor figures = new FigureExtractor();
    for (int warm = 0; warm < 3; warm++) {
      for (String text : texts) {
        analyse(text, extractor, quotes, dates, figures);
      }
    }
    resetPeaks();
    double best = Double.MAX_VALUE;
    long tokens = 0;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      long n = 0;
      for (String text : texts) {
        n += analyse(text, extractor, quotes, dates, figures);
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      tokens = n;
    }
    return new Speed(tokens, texts.size(), best, peakHeap());
  }

  /** Runs the French analysis on one text; answers its number of tokens. */
  private static long analyse(
      String text,
      EntityExtractor entities,
      QuoteExtractor quotes,
      DateExtractor dates,
      FigureExtractor figures) {
    List<Sentence> sentences = SentenceSplitter.french().split(text);
    List<Entity> found = entities.extract(text, sentences);
    quotes.extract(text, found);
    dates.extract(text, (LocalDate) null);
    figures.extract(text);
    long n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }

  static StanfordCoreNLP corenlp() throws IOException {
    Properties props = new Properties();
    try (InputStream in =
        StanfordCoreNLP.class
            .getClassLoader()
            .getResourceAsStream("StanfordCoreNLP-french.properties")) {
      props.load(in);
    }
    props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    props.setProperty("threads", "1");
    return new StanfordCoreNLP(props);
  }

  /** CoreNLP on the gold tokens: one sentence a line, whitespace tokenization. */
  static NerScore coreNlpScore(StanfordCoreNLP fullPipeline, List<NerCorpus.GoldSentence> test)
      throws IOException {
    Properties props = new Properties();
    try (InputStream in =
        StanfordCoreNLP.class
            .getClassLoader()
            .getResourceAsStream("StanfordCoreNLP-french.properties")) {
      props.load(in);
    }
    props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.eolonly", "true");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    StringBuilder text = new StringBuilder();
    List<int[]> starts = new ArrayList<>();
    for (NerCorpus.GoldSentence s : test) {
      int[] offsets = new int[s.words().size()];
      for (int i = 0; i < offsets.length; i++) {
        if (i > 0) {
          text.append(' ');
        }
        offsets[i] = text.length();
        text.append(s.words().get(i).replace(' ', '_'));
      }
      starts.add(offsets);
      text.append('\n');
    }
    CoreDocument doc = new CoreDocument(text.toString());
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.tokens();
    NerScore score = new NerScore();
    int t = 0;
    for (int k = 0; k < test.size(); k++) {
      NerCorpus.GoldSentence s = test.get(k);
      int[] offsets = starts.get(k);
      String[] labels = new String[offsets.length];
      Arrays.fill(labels, "O");
      int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : Integer.MAX_VALUE;
      while (t < tokens.size() && tokens.get(t).beginPosition() < end) {
        CoreLabel token = tokens.get(t++);
        int i = Arrays.binarySearch(offsets, token.beginPosition());
        i = i >= 0 ? i : -i - 2;
        String ner = token.ner();
        EntityType type = ner == null ? null : EntityType.fromTag(ner);
        if (i >= 0 && type != null && labels[i].equals("O")) {
          labels[i] = type.code();
        }
      }
      score.add(offsets.length, s.spans(), NerCorpus.Span.fromTags(Arrays.asList(labels)));
    }
    return score;
  }

  /** The full French pipeline on the news texts, for at most {@value #CORENLP_SECONDS} s. */
  static Speed coreNlpSpeed(StanfordCoreNLP pipeline, List<String> texts) {
    for (String text : texts.subList(0, 5)) {
      pipeline.annotate(new CoreDocument(text));
    }
    resetPeaks();
    long tokens = 0;
    int documents = 0;
    long start = System.nanoTime();
    for (String text : texts) {
      CoreDocument doc = new CoreDocument(text);
      pipeline.annotate(doc);
      tokens += doc.annotation().get(CoreAnnotations.TokensAnnotation.class).size();
      documents++;
      if ((System.nanoTime() - start) / 1e9 > CORENLP_SECONDS) {
        break;
      }
    }
    return new Speed(tokens, documents, (System.nanoTime() - start) / 1e9, peakHeap());
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void report(
      List<NerCorpus.GoldSentence> test,
      List<String> texts,
      NerScore vigie,
      Speed vigieSpeed,
      NerScore core,
      Speed coreSpeed) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%nNER benchmark, %s; %d cores, max heap %d MiB, Java %s (%s)%n%n",
        LocalDate.now(),
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
    System.out.printf(
        Locale.ROOT,
        "Europeana held-out split: %d sentences, %d tokens%n%n",
        vigie.sentences(),
        vigie.tokens());
    System.out.println("| entity F1 (P / R) | Vigie | CoreNLP 4.5.10 French |");
    System.out.println("|---|---|---|");
    for (EntityType t : EntityType.values()) {
      System.out.printf(
          Locale.ROOT, "| %s | %s | %s |%n", t.code(), cell(vigie.of(t)), cell(core.of(t)));
    }
    System.out.printf(
        Locale.ROOT,
        "| **all** | **%s** | **%s** |%n%n",
        cell(vigie.overall()),
        cell(core.overall()));
    System.out.println("| speed, MasakhaNEWS fr, one thread | Vigie | CoreNLP 4.5.10 French |");
    System.out.println("|---|---|---|");
    System.out.printf(
        Locale.ROOT,
        "| documents / tokens (own tokenizer) | %d / %d | %d / %d |%n",
        vigieSpeed.documents(),
        vigieSpeed.tokens(),
        coreSpeed.documents(),
        coreSpeed.tokens());
    System.out.printf(
        Locale.ROOT,
        "| tokens/s | %,.0f | %,.0f |%n",
        vigieSpeed.tokensPerSecond(),
        coreSpeed.tokensPerSecond());
    System.out.printf(
        Locale.ROOT,
        "| peak heap during the timed runs | %d MiB | %d MiB |%n",
        vigieSpeed.peakHeapBytes() >> 20,
        coreSpeed.peakHeapBytes() >> 20);
    System.out.printf(
        Locale.ROOT,
        "%nVigie is %.0f× faster (tokens/s); F1 %.4f vs %.4f.%n",
        vigieSpeed.tokensPerSecond() / coreSpeed.tokensPerSecond(),
        vigie.overall().f1(),
        core.overall().f1());
  }

  private static String cell(NerScore.Counts c) {
    return String.format(Locale.ROOT, "%.3f (%.3f / %.3f)", c.f1(), c.precision(), c.recall());
  }
}
