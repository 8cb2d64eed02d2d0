package org.vigie.search.lucene;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;

/**
 * Fuzz test of the query language as a user may type it (docs/FUZZING.md): a query either parses or
 * is refused with a {@link QuerySyntaxException} (a user error, 400), and a parsed query always
 * translates into Lucene queries, for search, for the topics' monitor and for highlighting; any
 * other exception would be a 500. Seeds: {@code QueryFuzzTestInputs/query/}, one query a file.
 */
class QueryFuzzTest {
  private static final FrenchTextAnalyzer ANALYZER = new FrenchTextAnalyzer();
  private static final LuceneQueryBuilder SEARCH = new LuceneQueryBuilder(ANALYZER);
  private static final LuceneQueryBuilder MONITOR = new LuceneQueryBuilder(ANALYZER, true);

  @FuzzTest
  void query(byte[] bytes) {
    Query query;
    try {
      query = QueryParser.parse(new String(bytes, UTF_8));
    } catch (QuerySyntaxException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(SEARCH.build(query)).isNotNull();
    assertThat(SEARCH.forHighlighting().build(query)).isNotNull();
    assertThat(MONITOR.build(query)).isNotNull();
  }
}
