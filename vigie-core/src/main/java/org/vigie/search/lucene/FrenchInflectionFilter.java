package org.vigie.search.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analysis stage of {@link FrenchInflectionStemmer}: each token's inflection removed. */
public final class FrenchInflectionFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public FrenchInflectionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(FrenchInflectionStemmer.stem(term.buffer(), term.length()));
    return true;
  }
}
