package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QueryParserTest {

  @Test
  void blankQueryMatchesEverything() {
    assertThat(QueryParser.parse("  ")).isEqualTo(new Query.All());
    assertThat(QueryParser.parse(null)).isEqualTo(new Query.All());
  }

  @Test
  void wordsAreJoinedByAnd() {
    assertThat(QueryParser.parse("MINUSMA blogueurs"))
        .isEqualTo(
            new Query.And(
                List.of(new Query.Term(null, "MINUSMA"), new Query.Term(null, "blogueurs"))));
  }

  @Test
  void orBindsLooserThanAnd() {
    assertThat(QueryParser.parse("a b OR c"))
        .isEqualTo(
            new Query.Or(
                List.of(
                    new Query.And(List.of(new Query.Term(null, "a"), new Query.Term(null, "b"))),
                    new Query.Term(null, "c"))));
  }

  @Test
  void frenchOperatorsAreUpperCaseOnly() {
    assertThat(QueryParser.parse("paix OU guerre"))
        .isEqualTo(
            new Query.Or(List.of(new Query.Term(null, "paix"), new Query.Term(null, "guerre"))));
    assertThat(QueryParser.parse("paix ou guerre")).isInstanceOf(Query.And.class);
    assertThat(QueryParser.parse("paix SAUF Mali"))
        .isEqualTo(
            new Query.And(
                List.of(
                    new Query.Term(null, "paix"), new Query.Not(new Query.Term(null, "Mali")))));
  }

  @Test
  void minusNegatesAndPlusIsIgnored() {
    assertThat(QueryParser.parse("+paix -Mali"))
        .isEqualTo(
            new Query.And(
                List.of(
                    new Query.Term(null, "paix"), new Query.Not(new Query.Term(null, "Mali")))));
  }

  @Test
  void phrasesInStraightAndFrenchQuotes() {
    assertThat(QueryParser.parse("\"maintien de la paix\""))
        .isEqualTo(new Query.Phrase(null, "maintien de la paix"));
    assertThat(QueryParser.parse("« diplomatie numérique »"))
        .isEqualTo(new Query.Phrase(null, "diplomatie numérique"));
  }

  @Test
  void proximityAfterAPhrase() {
    assertThat(QueryParser.parse("\"Goïta transition\"~5"))
        .isEqualTo(new Query.Phrase(null, "Goïta transition", 5));
    assertThat(QueryParser.parse("« Goïta transition »~"))
        .isEqualTo(new Query.Phrase(null, "Goïta transition", 2));
    assertThat(QueryParser.parse("titre:\"a b\"~3 Mali"))
        .isEqualTo(
            new Query.And(
                List.of(new Query.Phrase("title", "a b", 3), new Query.Term(null, "Mali"))));
    assertThat(QueryParser.parse("(\"a b\"~4)")).isEqualTo(new Query.Phrase(null, "a b", 4));
    assertThatThrownBy(() -> QueryParser.parse("\"a b\"~x"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("~");
    assertThatThrownBy(() -> QueryParser.parse("\"a b\"~500"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("100");
  }

  @Test
  void fieldsWithAliasesAndGroups() {
    assertThat(QueryParser.parse("titre:MINUSMA")).isEqualTo(new Query.Term("title", "MINUSMA"));
    assertThat(QueryParser.parse("langue:fra")).isEqualTo(new Query.Term("language", "fra"));
    assertThat(QueryParser.parse("title:(a OR b)"))
        .isEqualTo(
            new Query.Or(List.of(new Query.Term("title", "a"), new Query.Term("title", "b"))));
    assertThat(QueryParser.parse("title:\"a b\"")).isEqualTo(new Query.Phrase("title", "a b"));
  }

  @Test
  void unknownFieldNamesStayWords() {
    assertThat(QueryParser.parse("https://x.org")).isEqualTo(new Query.Term(null, "https://x.org"));
  }

  @Test
  void datesAndRanges() {
    assertThat(QueryParser.parse("published:2015"))
        .isEqualTo(
            new Query.DateRange("published", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
    assertThat(QueryParser.parse("date:2015-02"))
        .isEqualTo(
            new Query.DateRange("published", LocalDate.of(2015, 2, 1), LocalDate.of(2015, 2, 28)));
    assertThat(QueryParser.parse("published:[2015-01-01 TO *]"))
        .isEqualTo(new Query.DateRange("published", LocalDate.of(2015, 1, 1), null));
  }

  @Test
  void errorsSayWhere() {
    assertThatThrownBy(() -> QueryParser.parse("\"open"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("never closed")
        .hasMessageContaining("character 1");
    assertThatThrownBy(() -> QueryParser.parse("(a OR b"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("parenthesis");
    assertThatThrownBy(() -> QueryParser.parse("a)"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("character 2");
    assertThatThrownBy(() -> QueryParser.parse("published:2015-13"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("not a date");
    assertThatThrownBy(() -> QueryParser.parse("text:[a TO b]"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("date field");
    assertThatThrownBy(() -> QueryParser.parse("a OR")).isInstanceOf(QuerySyntaxException.class);
  }

  @Test
  void randomInputEitherParsesOrFailsWithSyntaxError() {
    Random random = new Random(42);
    String alphabet = "ab \"()[]:-+*«»ORANDNOTtitle:published:2015TO";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(20);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        assertThat(QueryParser.parse(sb.toString())).isNotNull();
      } catch (QuerySyntaxException expected) {
        assertThat(expected.position()).isBetween(0, sb.length());
      }
    }
  }

  @Test
  void wordsNoBackendSearchesCheaplyAreRefusedSayingWhatToWrite() {
    assertThatThrownBy(() -> QueryParser.parse("paix *ment"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage(
            "a word cannot start with a wildcard ('*ment'): write its first letters"
                + " (at character 6)");
    assertThatThrownBy(() -> QueryParser.parse("?lection"))
        .hasMessageContaining("cannot start with a wildcard");
    assertThatThrownBy(() -> QueryParser.parse("élect?on"))
        .hasMessageContaining("a wildcard is read only at the end of a word ('élect?on')");
    assertThatThrownBy(() -> QueryParser.parse("élec*ion"))
        .hasMessageContaining("only at the end of a word");
    assertThatThrownBy(() -> QueryParser.parse("/ma.i/"))
        .hasMessageContaining("regular expressions are not searched ('/ma.i/')");
    assertThatThrownBy(() -> QueryParser.parse("Bamako Mali~2"))
        .hasMessageContaining("fuzzy search is not offered ('Mali~2')")
        .hasMessageEndingWith("(at character 8)");
    assertThatThrownBy(() -> QueryParser.parse("paix~")).hasMessageContaining("fuzzy");
    assertThatThrownBy(() -> QueryParser.parse("a*"))
        .hasMessageContaining("at least " + QueryLimits.MIN_PREFIX + " letters before '*'");
    assertThatThrownBy(() -> QueryParser.parse("site:*.ml"))
        .hasMessageContaining("cannot start with a wildcard");
  }

  @Test
  void punctuationAndExactValuesThatLookLikeWildcardsStayWords() {
    assertThat(QueryParser.parse("pourquoi?")).isEqualTo(new Query.Term(null, "pourquoi?"));
    assertThat(QueryParser.parse("quoi?!")).isEqualTo(new Query.Term(null, "quoi?!"));
    assertThat(QueryParser.parse("\"a b\"~5")).isEqualTo(new Query.Phrase(null, "a b", 5));
    assertThat(QueryParser.parse("url:https://maliweb.net/?p=12"))
        .isEqualTo(new Query.Term(SearchFields.URL, "https://maliweb.net/?p=12"));
    assertThat(QueryParser.parse("commun*")).isEqualTo(new Query.Term(null, "commun*"));
    assertThat(QueryParser.parse("*")).isEqualTo(new Query.Term(null, "*"));
  }

  @Test
  void aQueryRefusedAsAWholeHasNoPosition() {
    String many = "aa* ".repeat(QueryLimits.MAX_PREFIXES + 1);
    assertThatThrownBy(() -> QueryParser.parse(many))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(-1))
        .hasMessage(
            "the query has "
                + (QueryLimits.MAX_PREFIXES + 1)
                + " truncated words; at most "
                + QueryLimits.MAX_PREFIXES
                + " are searched");
    assertThatThrownBy(() -> SearchRequest.all().page(SearchRequest.MAX_WINDOW + 20, 10))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("this page starts at " + (SearchRequest.MAX_WINDOW + 20));
  }
}
