package org.vigie.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.analysis.extract.ExtractStage;
import org.vigie.analysis.harm.HarmClassifier;
import org.vigie.analysis.harm.HarmStage;
import org.vigie.analysis.language.CombinedLanguageDetector;
import org.vigie.analysis.language.LanguageStage;
import org.vigie.analysis.language.OpenNlpLanguageDetector;
import org.vigie.analysis.language.RegionalLanguageDetector;
import org.vigie.analysis.ner.EntityExtractor;
import org.vigie.analysis.ner.EntityStage;
import org.vigie.analysis.nlp.dates.DateStage;
import org.vigie.analysis.nlp.figures.FigureStage;
import org.vigie.analysis.pipeline.IdentityStage;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.analysis.pipeline.Stage;
import org.vigie.analysis.quotes.QuoteExtractor;
import org.vigie.analysis.quotes.QuoteStage;

/**
 * The analysis stages Vigie knows, by the names configuration uses, and the standard pipeline.
 * Every per-document stage registers here (extraction, language, entities, quotations, dates,
 * harmful speech, dates, figures, the content id). Work that relates a document to the rest of the
 * archive (duplicates, stories, topics) is not a stage: it runs in the link step ({@code
 * org.vigie.link.ArchiveWriter}) after the pipeline.
 */
public final class Stages {
  /** The stages of a full analysis, in order. */
  public static final List<String> STANDARD =
      List.of(
          "extract",
          "language",
          "entities",
          QuoteStage.NAME,
          HarmStage.NAME,
          "dates",
          "figures",
          "identity");

  private static final Map<String, Supplier<Stage>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("extract", ExtractStage::new);
    KNOWN.put("language", () -> new LanguageStage(Detectors.combined()));
    KNOWN.put("entities", () -> new EntityStage(EntityExtractor.standard()));
    KNOWN.put(QuoteStage.NAME, () -> new QuoteStage(new QuoteExtractor()));
    KNOWN.put(HarmStage.NAME, () -> new HarmStage(Detectors.harm()));
    KNOWN.put(DateStage.NAME, DateStage::new);
    KNOWN.put(FigureStage.NAME, FigureStage::new);
    KNOWN.put("identity", IdentityStage::new);
  }

  private Stages() {}

  /** The full analysis. */
  public static Pipeline standard() {
    return named(STANDARD);
  }

  /**
   * A pipeline of the named stages, in the given order.
   *
   * @throws IllegalArgumentException naming an unknown stage and listing the known ones
   */
  public static Pipeline named(List<String> names) {
    return new Pipeline(names.stream().map(Stages::create).toList());
  }

  private static Stage create(String name) {
    Supplier<Stage> factory = KNOWN.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "Unknown stage '" + name + "'; known stages: " + KNOWN.keySet());
    }
    return factory.get();
  }

  /**
   * Detectors are costly to load (OpenNLP's 10 MB model, the regional model) and thread-safe: one
   * per process, loaded when first asked for.
   */
  private static final class Detectors {
    private static volatile CombinedLanguageDetector combined;
    private static volatile HarmClassifier harm;

    static HarmClassifier harm() {
      if (harm == null) {
        synchronized (Detectors.class) {
          if (harm == null) {
            harm = HarmClassifier.load();
          }
        }
      }
      return harm;
    }

    static CombinedLanguageDetector combined() {
      if (combined == null) {
        synchronized (Detectors.class) {
          if (combined == null) {
            combined =
                new CombinedLanguageDetector(
                    RegionalLanguageDetector.load(), new OpenNlpLanguageDetector());
          }
        }
      }
      return combined;
    }
  }
}
