package org.vigie.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's {@code langdetect-183} model: 103 languages, ISO 639-3 codes. It knows French,
 * English and Arabic well but none of Bambara, Wolof, Mooré, Fula or Hausa, which a detector
 * trained for the region will add.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own {@link LanguageDetectorME}.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** Texts shorter than this many letters are not guessed at. */
  private static final int MIN_LETTERS = 12;

  /** Only the start of long texts is read: the language does not change, the cost does. */
  private static final int MAX_CHARS = 3000;

  private final ThreadLocal<LanguageDetectorME> detectors;

  public OpenNlpLanguageDetector() {
    LanguageDetectorModel model = loadModel();
    this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model "
                + MODEL_RESOURCE
                + " is not on the classpath"
                + " (dependency org.apache.opennlp:opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public LanguageGuess detect(CharSequence text) {
    if (countLetters(text) < MIN_LETTERS) {
      return LanguageGuess.UNDETERMINED;
    }
    Language best = detectors.get().predictLanguage(sample(text));
    return new LanguageGuess(best.getLang(), best.getConfidence());
  }

  /**
   * Every language the model knows, most likely first; empty when the text is too short to guess.
   */
  public List<LanguageGuess> ranked(CharSequence text) {
    if (countLetters(text) < MIN_LETTERS) {
      return List.of();
    }
    return Arrays.stream(detectors.get().predictLanguages(sample(text)))
        .map(l -> new LanguageGuess(l.getLang(), l.getConfidence()))
        .toList();
  }

  private static CharSequence sample(CharSequence text) {
    return text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
  }

  private static int countLetters(CharSequence text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
