package org.vigie.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Vigie's full-text analysis for French: Unicode word tokens, elided articles removed ({@code
 * l'ONU} → {@code onu}, with the typographic apostrophe too), lower case, French stop words, light
 * stemming ({@code blogueurs} → {@code blogueur}), then accents folded so that a query typed
 * without accents still matches ({@code senegal} finds {@code Sénégal}).
 */
public final class FrenchTextAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
    stream = new FrenchLightStemFilter(stream);
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
