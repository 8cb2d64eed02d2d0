package org.vigie.analysis.harm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The peer the hostility model is measured against: OpenNLP's {@link DocumentCategorizerME} with
 * its defaults (bag-of-words features over whitespace tokens, maximum entropy, 100 iterations,
 * cut-off 5), trained on the same train split. Evaluation only; the product never uses it.
 */
public final class OpenNlpPeer {
  private static final String HOSTILE = "hostile";
  private static final String NOT = "not";
  private final DocumentCategorizerME categorizer;

  private OpenNlpPeer(DoccatModel model) {
    this.categorizer = new DocumentCategorizerME(model);
  }

  public static OpenNlpPeer train(List<LabeledPost> train) {
    List<DocumentSample> samples =
        train.stream()
            .map(p -> new DocumentSample(p.hostile() ? HOSTILE : NOT, tokens(p.text())))
            .toList();
    try {
      DoccatModel model =
          DocumentCategorizerME.train(
              "fr",
              new CollectionObjectStream<>(samples),
              TrainingParameters.defaultParams(),
              new DoccatFactory());
      return new OpenNlpPeer(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Not thread-safe (OpenNLP's categoriser is not). */
  public boolean hostile(String text) {
    return categorizer.getBestCategory(categorizer.categorize(tokens(text))).equals(HOSTILE);
  }

  private static String[] tokens(String text) {
    String[] tokens = WhitespaceTokenizer.INSTANCE.tokenize(text);
    return tokens.length == 0 ? new String[] {"<empty>"} : tokens;
  }
}
