package org.vigie.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;

/** The query limits' refusals read in French, from the parser's and the backend's own words. */
class QueryErrorTextTest {
  final WebText french = WebText.of("fr");

  String described(String query) {
    try {
      QueryParser.parse(query);
    } catch (QuerySyntaxException e) {
      return QueryErrorText.describe(french, e);
    }
    throw new AssertionError("parsed: " + query);
  }

  @Test
  void tooManyWordsAndTooLongAreSaidInFrench() {
    assertThat(described("mot ".repeat(QueryParser.MAX_TERMS + 1)))
        .startsWith("la requête compte 401 mots ; 400 au plus sont recherchés");
    assertThat(described("m".repeat(QueryParser.MAX_LENGTH + 1)))
        .startsWith("la requête fait 20001 caractères ; 20000 au plus sont lus");
  }

  @Test
  void aQueryThatExpandsTooFarIsSaidInFrench() {
    // the words of the Lucene backend's refusal (LuceneSearch.tooBroad)
    QuerySyntaxException broad =
        new QuerySyntaxException(
            "the query expands to more than 8192 searched words (short prefixes such as 'a*'"
                + " match many words): make it narrower",
            0);
    assertThat(QueryErrorText.describe(french, broad))
        .startsWith("la requête s’étend à trop de mots")
        .contains("précisez-la");
  }
}
