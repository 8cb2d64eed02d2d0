package org.vigie.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Vigie's full-text analysis for French, in two forms chosen by the field's name.
 *
 * <ul>
 *   <li>Words ({@code text}, {@code title}…): Unicode word tokens, elided articles removed ({@code
 *       l'ONU} → {@code onu}, with the typographic apostrophe too), lower case, French stop words,
 *       number and gender removed ({@link FrenchInflectionStemmer}: {@code blogueurs} → {@code
 *       blogueur}, {@code déplacés} ≠ {@code déplacement}), then accents folded so that a query
 *       typed without accents still matches ({@code senegal} finds {@code Sénégal}).
 *   <li>Words as written ({@link #exact exact} fields, {@code text.exact}…): the same without stop
 *       words removed and without stemming, for phrases: {@code «sans nouvelles de»} matches those
 *       three words in a row, not {@code nouvelle} alone.
 * </ul>
 */
public final class FrenchTextAnalyzer extends Analyzer {
  /** The suffix of a full-text field's words-as-written twin. */
  public static final String EXACT_SUFFIX = ".exact";

  /** The words-as-written twin of a full-text field: {@code text} → {@code text.exact}. */
  public static String exact(String field) {
    return field + EXACT_SUFFIX;
  }

  public FrenchTextAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    if (!fieldName.endsWith(EXACT_SUFFIX)) {
      stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
      stream = new FrenchInflectionFilter(stream);
    }
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    return new ASCIIFoldingFilter(stream);
  }
}
