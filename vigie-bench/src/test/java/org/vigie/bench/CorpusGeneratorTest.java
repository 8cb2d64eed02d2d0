package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final SourceArticles ARTICLES = articles();

  private static SourceArticles articles() {
    List<SourceArticles.Article> list = new ArrayList<>();
    for (int a = 0; a < 20; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 12; s++) {
        text.append("Phrase ")
            .append(s)
            .append(" de l'article ")
            .append(a)
            .append(" sur le Mali. ");
      }
      list.add(
          new SourceArticles.Article(
              "Titre " + a,
              a % 2 == 0 ? "politics" : "health",
              SourceArticles.paragraphs(text.toString())));
    }
    return new SourceArticles(list);
  }

  @Test
  void sameSeedSameDocumentsWhateverTheOrder() {
    CorpusGenerator a = new CorpusGenerator(ARTICLES, 1);
    CorpusGenerator b = new CorpusGenerator(ARTICLES, 1);
    assertThat(a.document(500)).isEqualTo(b.document(500));
    List<CorpusGenerator.Generated> forward =
        LongStream.range(0, 50).mapToObj(a::document).toList();
    List<CorpusGenerator.Generated> backward =
        LongStream.range(0, 50).map(i -> 49 - i).mapToObj(b::document).toList().reversed();
    assertThat(backward).isEqualTo(forward);
    assertThat(new CorpusGenerator(ARTICLES, 2).document(500)).isNotEqualTo(a.document(500));
  }

  @Test
  void mixIsAboutSeventyTenTwenty() {
    CorpusGenerator g = new CorpusGenerator(ARTICLES, 1);
    Map<String, Long> kinds =
        LongStream.range(0, 10_000)
            .mapToObj(g::document)
            .collect(Collectors.groupingBy(CorpusGenerator.Generated::kind, Collectors.counting()));
    assertThat(kinds.get("original")).isBetween(6_700L, 7_300L);
    assertThat(kinds.get("syndicated")).isBetween(850L, 1_150L);
    assertThat(kinds.get("post")).isBetween(1_800L, 2_200L);
  }

  @Test
  void syndicatedCopiesCarryAnEarlierOriginalsText() {
    CorpusGenerator g = new CorpusGenerator(ARTICLES, 1);
    Map<String, CorpusGenerator.Generated> originals =
        LongStream.range(0, 2_000)
            .mapToObj(g::document)
            .filter(d -> d.kind().equals("original"))
            .collect(
                Collectors.toMap(
                    CorpusGenerator.Generated::text, Function.identity(), (x, y) -> x));
    List<CorpusGenerator.Generated> copies =
        LongStream.range(0, 2_000)
            .mapToObj(g::document)
            .filter(d -> d.kind().equals("syndicated"))
            .toList();
    assertThat(copies).isNotEmpty();
    for (CorpusGenerator.Generated copy : copies) {
      String body =
          copy.text().substring(copy.text().indexOf("\n\n") + 2, copy.text().lastIndexOf("\n\n"));
      assertThat(originals).containsKey(body);
      assertThat(originals.get(body).index()).isLessThan(copy.index());
      assertThat(copy.title()).contains(originals.get(body).title());
    }
  }

  @Test
  void postsAreShortAndDatesWithinTheDecade() {
    CorpusGenerator g = new CorpusGenerator(ARTICLES, 1);
    LongStream.range(0, 2_000)
        .mapToObj(g::document)
        .forEach(
            d -> {
              assertThat(d.published()).matches("20(1[5-9]|2[0-5])-.*Z");
              if (d.kind().equals("post")) {
                assertThat(d.text().length()).isLessThan(400);
                assertThat(d.title()).isNull();
              }
            });
  }
}
