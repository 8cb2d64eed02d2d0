package org.vigie.analytics.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;

/**
 * The report tests' archive: the bundled seeds and two weeks of articles ({@code
 * reports/semaine-sahel.jsonl}) ingested by the real pipeline, and the weekly report of 18–24 March
 * 2024 over it.
 */
public final class ReportFixture {
  public static final Path ARTICLES =
      Path.of("src", "test", "resources", "reports", "semaine-sahel.jsonl");
  public static final Period WEEK =
      new Period(LocalDate.parse("2024-03-18"), LocalDate.parse("2024-03-24"));
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-25T08:00:00Z"), ZoneOffset.UTC);

  /** The phrase whose letters must survive every format. */
  public static final String LETTERS = "Sénégal, Ségou, Thiès, ɲɔgɔn, Ouagadougou";

  private ReportFixture() {}

  public static Archive archive(Path folder) {
    Archive archive = Archive.open(folder);
    new FileIngest(archive, 1000).run(List.of(ARTICLES), "files:reports", p -> {});
    return archive;
  }

  public static ReportSpec weekly(List<ReportSection> sections) {
    return new ReportSpec(
        ReportTemplate.WEEKLY,
        null,
        "fr",
        "Observatoire du Sahel",
        null,
        sections,
        WEEK,
        "https://vigie.example.org",
        null);
  }

  public static Report report(Archive archive, ReportSpec spec) {
    return new ReportComputation(archive.store(), ReportExtras.NONE, CLOCK)
        .compute(spec, ReportProgress.NONE);
  }
}
