package org.vigie.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Vigie's own detector for the languages of francophone West Africa and the Sahel: French, English,
 * Arabic, Bambara, Dyula, Wolof, Mooré, Hausa, Fulfulde and Tamasheq. It knows no other language:
 * on Spanish or Yoruba it still answers one of these, so it is meant to be combined with a broad
 * detector ({@link CombinedLanguageDetector}).
 *
 * <p>Codes reported: {@code fra}, {@code eng}, {@code ara} (Modern Standard and Moroccan Arabic
 * alike), {@code bam}, {@code dyu}, {@code man}, {@code wol}, {@code mos}, {@code hau}, {@code ful}
 * (the Fula macrolanguage: the model learnt Nigerian Fulfulde but Pulaar and Pular are close) and
 * {@code taq} (Tamasheq, Latin script). Bambara and Dyula are close enough that the model often
 * hesitates: it names one of them only when the difference of their logits reaches the margin tuned
 * at training; otherwise it answers the Manding macrolanguage {@code man}.
 *
 * <p>Probabilities of labels that report the same code are added ({@code arb} + {@code ary} for
 * Arabic, {@code bam} + {@code dyu} for Manding) before the best code is chosen; the confidence is
 * that sum. Texts with fewer than {@value #MIN_LETTERS} letters are {@code und}.
 *
 * <p>Thread-safe; the model is loaded once per instance.
 */
public final class RegionalLanguageDetector implements LanguageDetector {
  /** The trained model on the classpath, next to this class. */
  public static final String RESOURCE = "regional-langid.bin";

  /** The codes of the region's own languages, which broad detectors do not know. */
  public static final Set<String> REGIONAL_CODES =
      Set.of("bam", "dyu", "man", "wol", "mos", "hau", "ful", "taq");

  static final int MIN_LETTERS = 4;

  private final RegionalLanguageModel model;
  private final int bambara;
  private final int dyula;

  RegionalLanguageDetector(RegionalLanguageModel model) {
    this.model = model;
    this.bambara = model.labels().indexOf("bam");
    this.dyula = model.labels().indexOf("dyu");
  }

  /** The model shipped with Vigie. */
  public static RegionalLanguageDetector load() {
    try (InputStream in = RegionalLanguageDetector.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("language model " + RESOURCE + " is not on the classpath");
      }
      return new RegionalLanguageDetector(RegionalLanguageModel.read(in, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
    }
  }

  /** A model written by {@code vigie train langid}. */
  public static RegionalLanguageDetector read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new RegionalLanguageDetector(RegionalLanguageModel.read(in, file.toString()));
    }
  }

  /** Writes the model, in the form {@link #read} reads. */
  public void write(OutputStream out) throws IOException {
    model.write(out);
  }

  /** The code Vigie reports for a training label. */
  static String reportedCode(String label) {
    return switch (label) {
      case "arb", "ary" -> "ara";
      case "bam", "dyu" -> "man";
      case "fuv", "fuf", "fuc", "ffm" -> "ful";
      default -> label;
    };
  }

  @Override
  public LanguageGuess detect(CharSequence text) {
    String normalized = CharNgramHasher.normalize(text);
    if (CharNgramHasher.countLetters(normalized) < MIN_LETTERS) {
      return LanguageGuess.UNDETERMINED;
    }
    double[] logits = model.logits(model.hasher().features(normalized));
    Map.Entry<String, Double> best = bestCode(RegionalLanguageModel.softmax(logits));
    if (best.getKey().equals("man")) {
      return new LanguageGuess(splitManding(logits), best.getValue());
    }
    return new LanguageGuess(best.getKey(), best.getValue());
  }

  private Map.Entry<String, Double> bestCode(double[] probabilities) {
    Map<String, Double> byCode = new LinkedHashMap<>();
    for (int c = 0; c < probabilities.length; c++) {
      byCode.merge(reportedCode(model.labels().get(c)), probabilities[c], Double::sum);
    }
    return byCode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
  }

  private String splitManding(double[] logits) {
    if (bambara < 0 || dyula < 0) {
      return bambara >= 0 ? "bam" : "dyu";
    }
    double margin = bambaraOverDyula(logits);
    if (Math.abs(margin) < model.mandingMargin()) {
      return "man";
    }
    return margin > 0 ? "bam" : "dyu";
  }

  /** How much more Bambara than Dyula the text looks: the difference of their logits. */
  double bambaraOverDyula(double[] logits) {
    return logits[bambara] - logits[dyula];
  }

  RegionalLanguageModel model() {
    return model;
  }
}
