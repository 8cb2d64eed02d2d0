package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PRES/N} in the query language, and the check for OU and ET mixed without parentheses. */
class ProximityQueryTest {

  @Test
  void presJoinsWordsPhrasesAndGroups() {
    assertThat(QueryParser.parse("journaliste PRES/10 arrêté"))
        .isEqualTo(
            new Query.Near(
                List.of(new Query.Term(null, "journaliste"), new Query.Term(null, "arrêté")), 10));
    assertThat(QueryParser.parse("a NEAR/5 b PRES/5 c"))
        .isEqualTo(
            new Query.Near(
                List.of(
                    new Query.Term(null, "a"),
                    new Query.Term(null, "b"),
                    new Query.Term(null, "c")),
                5));
    Query q =
        QueryParser.parse("(journaliste OU «directeur de publication») PRES/8 détenu ET Mali");
    assertThat(q).isInstanceOf(Query.And.class);
    Query.Near near = (Query.Near) ((Query.And) q).clauses().getFirst();
    assertThat(near.clauses().getFirst()).isInstanceOf(Query.Or.class);
    assertThat(near.field()).isNull();
    assertThat(((Query.Near) QueryParser.parse("titre:a PRES/3 titre:b")).field())
        .isEqualTo("title");
  }

  @Test
  void presRefusesWhatItCannotJoin() {
    assertThatThrownBy(() -> QueryParser.parse("a PRES/5 site:lefaso.net"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("PRES/N joins words");
    assertThatThrownBy(() -> QueryParser.parse("a PRES/5 (b ET c)"))
        .hasMessageContaining("PRES/N joins words");
    assertThatThrownBy(() -> QueryParser.parse("a PRES/500 b"))
        .hasMessageContaining("at most 100 words");
    assertThatThrownBy(() -> QueryParser.parse("titre:a PRES/5 b"))
        .hasMessageContaining("in one field");
    assertThat(QueryParser.parse("PRES/x")).isEqualTo(new Query.Term(null, "PRES/x"));
  }

  @Test
  void mixedOperatorsAreFoundAtTheirLevelOfParentheses() {
    assertThat(MixedOperators.find("journaliste OU journalistes ET (arrêté OU détenu)"))
        .hasValue(12);
    assertThat(MixedOperators.find("présidentielle OU second tour")).hasValue(15);
    assertThat(MixedOperators.find("a OU b SAUF c")).isPresent();
    assertThat(MixedOperators.find("(a OU b) ET (c OU d ET e)")).hasValue(15);
    assertThat(MixedOperators.find("(a OU b) ET c")).isEmpty();
    assertThat(MixedOperators.find("a OU b OU «c d»")).isEmpty();
    assertThat(MixedOperators.find("a PRES/5 b OU c")).isEmpty();
    assertThat(MixedOperators.find("titre:(a OU b) ET c")).isEmpty();
    assertThat(MixedOperators.find("(a OU")).isEmpty();
    assertThat(MixedOperators.find(null)).isEmpty();
  }
}
