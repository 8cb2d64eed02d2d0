package org.vigie.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;

/**
 * A weekly report's figures over a real archive equal what the search the figure links to answers,
 * as {@code /api/search} runs it ({@code SearchRequest.of(q)}: the default facets).
 */
class ReportComputationTest {
  @TempDir static Path work;
  static Archive archive;
  static Report report;

  @BeforeAll
  static void compute() {
    archive = ReportFixture.archive(work.resolve("data"));
    report = ReportFixture.report(archive, ReportFixture.weekly(List.of()));
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  static SearchResult api(String q) {
    return archive.store().search(SearchRequest.of(q));
  }

  static List<SearchResult.FacetValue> facet(SearchResult r, String field) {
    return r.facets().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .orElseThrow()
        .values();
  }

  @Test
  void keyFiguresAreWhatTheSearchOfTheirPeriodAnswers() {
    SearchResult week = api("published:[2024-03-18 TO 2024-03-24]");
    SearchResult before = api("published:[2024-03-11 TO 2024-03-17]");
    assertThat(week.total()).isGreaterThan(before.total()).isGreaterThan(10);
    assertThat(report.figure("documents").value()).isEqualTo(week.total());
    assertThat(report.figure("documents").previous()).isEqualTo(before.total());
    assertThat(report.figure("sources").value()).isEqualTo(facet(week, SearchFields.SITE).size());
    assertThat(report.figure("languages").value())
        .isEqualTo(facet(week, SearchFields.LANGUAGE).size())
        .isEqualTo(2);
    assertThat(report.figure("countries").value())
        .isEqualTo(
            facet(week, SearchFields.PLACE).stream()
                .filter(v -> Countries.isCountry(v.value()))
                .count())
        .isGreaterThanOrEqualTo(2);
    assertThat(report.figure("documents").changePercent())
        .isEqualTo((week.total() - before.total()) * 100.0 / before.total());
    assertThat(report.figure("documents").link())
        .isEqualTo("https://vigie.example.org/?q=published%3A%5B2024-03-18+TO+2024-03-24%5D");
  }

  @Test
  void volumePerDayAddsUpToTheDocumentsOfEachSection() {
    Report bySection =
        ReportFixture.report(
            archive,
            ReportFixture.weekly(
                List.of(
                    new ReportSection("MINUSMA", "MINUSMA"),
                    new ReportSection("Élections", "élections"))));
    assertThat(bySection.volume().days()).hasSize(7);
    for (Report.Series s : bySection.volume().series()) {
      long sum = java.util.Arrays.stream(s.counts()).sum();
      String q =
          (s.name().equals("MINUSMA") ? "(MINUSMA)" : "(élections)")
              + " published:[2024-03-18 TO 2024-03-24]";
      assertThat(sum).isEqualTo(s.total()).isEqualTo(api(q).total()).isPositive();
    }
    assertThat(bySection.figure("documents").value())
        .isEqualTo(api("((MINUSMA) OR (élections)) published:[2024-03-18 TO 2024-03-24]").total());
  }

  @Test
  void peopleQuotesAndStoriesComeFromThePeriod() {
    assertThat(report.people()).extracting(Report.Ranked::label).contains("Fatoumata Diallo");
    assertThat(report.quotes()).isNotEmpty();
    assertThat(report.quotes()).allSatisfy(q -> assertThat(q.published()).startsWith("2024-03-"));
    assertThat(report.stories()).isNotEmpty();
    assertThat(report.stories())
        .allSatisfy(s -> assertThat(s.documents()).isGreaterThanOrEqualTo(2));
    assertThat(report.network().edges()).isNotEmpty();
    SearchResult people = api("published:[2024-03-18 TO 2024-03-24]");
    assertThat(report.people().getFirst().count())
        .isEqualTo(facet(people, SearchFields.PERSON).getFirst().count());
  }

  @Test
  void aSourceThatStoppedPublishingIsSilentAndHostileWordsAreCounted() {
    assertThat(report.harm().total())
        .isEqualTo(api("harm:hostile published:[2024-03-18 TO 2024-03-24]").total());
    assertThat(java.util.Arrays.stream(report.harm().perDay()).sum())
        .isEqualTo(report.harm().total());
    Report previousWeek =
        ReportFixture.report(
            archive,
            ReportFixture.weekly(List.of())
                .during(ReportFixture.WEEK.previous().previous().previous()));
    assertThat(previousWeek.figure("documents").value()).isZero();
    assertThat(previousWeek.silent()).isEmpty();
    assertThat(report.silent())
        .extracting(Report.SilentSource::source)
        .containsExactly("lefaso.net");
    Report later =
        ReportFixture.report(
            archive,
            ReportFixture.weekly(List.of())
                .during(
                    new Period(
                        java.time.LocalDate.parse("2024-03-25"),
                        java.time.LocalDate.parse("2024-03-31"))));
    assertThat(later.silent())
        .extracting(Report.SilentSource::source)
        .contains("maliweb", "senego");
  }

  @Test
  void theQueryOfALinkIsTheOneCounted() {
    String q = "(MINUSMA) published:[2024-03-18 TO 2024-03-24]";
    assertThat(ReportQueries.within("MINUSMA", ReportFixture.WEEK)).isEqualTo(QueryParser.parse(q));
  }
}
