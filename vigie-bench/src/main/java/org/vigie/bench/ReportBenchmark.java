package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.Report;
import org.vigie.analytics.report.ReportComputation;
import org.vigie.analytics.report.ReportExtras;
import org.vigie.analytics.report.ReportProgress;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.analytics.report.render.ReportRenderer;
import org.vigie.archive.Archive;
import org.vigie.search.SearchRequest;

/**
 * The weekly report over archives of generated documents ({@link BenchIndex}): the whole archive's
 * report for its busiest week, computed and written as PDF, HTML and Word, timed (best of three
 * after one warm-up), with the PDF's size. Appends one row per size to the Reports table of
 * docs/BENCHMARKS.md.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    BenchOptions o = BenchOptions.parseOrExit(args);
    if (!SourceArticles.present(o.shared)) {
      System.out.println(
          "Report benchmark skipped: "
              + o.shared.toAbsolutePath()
              + " has no corpus/masakhanews-fr");
      return;
    }
    SourceArticles articles = SourceArticles.read(o.shared);
    double loadBefore = BenchLog.load();
    for (long n : o.sizes) {
      BenchIndex.Built built = BenchIndex.ensure(articles, o.seed, n, o.work);
      try (Archive archive = Archive.open(built.folder())) {
        // the busiest week of the archive (a weekly report of a real week's volume), then its
        // busiest year as a stress period: the generated dates spread over years, so a week is
        // small
        for (org.vigie.search.Interval unit :
            List.of(org.vigie.search.Interval.WEEK, org.vigie.search.Interval.YEAR)) {
          org.vigie.search.Histogram h = archive.store().histogram(SearchRequest.all(), unit);
          org.vigie.search.Histogram.Bucket busiest =
              h.buckets().stream()
                  .max(java.util.Comparator.comparingLong(org.vigie.search.Histogram.Bucket::count))
                  .orElseThrow();
          Period week =
              new Period(
                  busiest.start(),
                  unit == org.vigie.search.Interval.WEEK
                      ? busiest.start().plusDays(6)
                      : busiest.start().plusYears(1).minusDays(1));
          ReportSpec spec =
              new ReportSpec(
                  ReportTemplate.WEEKLY,
                  null,
                  "fr",
                  "Banc d'essai",
                  null,
                  List.of(),
                  week,
                  "",
                  null);
          ReportComputation computation =
              new ReportComputation(archive.store(), ReportExtras.NONE, Clock.systemUTC());
          double best = Double.MAX_VALUE;
          double bestCompute = 0;
          byte[] pdf = null;
          Report report = null;
          for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            report = computation.compute(spec, ReportProgress.NONE);
            long t1 = System.nanoTime();
            pdf = ReportRenderer.render(report, ReportFormat.PDF);
            ReportRenderer.render(report, ReportFormat.HTML);
            ReportRenderer.render(report, ReportFormat.DOCX);
            double s = (System.nanoTime() - t0) / 1e9;
            if (run > 0 && s < best) {
              best = s;
              bestCompute = (t1 - t0) / 1e9;
            }
          }
          String row =
              String.format(
                  Locale.ROOT,
                  "| %s | 2 cores, JDK %s, -Xmx%d MiB | %.1f→%.1f | `bench/report.sh --sizes %d` | %,d generated (%,d stored) | %s – %s: %,d documents | %.2f s (computation %.2f s) | %,d bytes |%n",
                  LocalDate.now(),
                  System.getProperty("java.version"),
                  Runtime.getRuntime().maxMemory() / (1024 * 1024),
                  loadBefore,
                  BenchLog.load(),
                  n,
                  n,
                  archive.store().count(),
                  week.from(),
                  week.to(),
                  report.figure("documents").value(),
                  best,
                  bestCompute,
                  pdf.length);
          System.out.print(row);
          Files.writeString(o.docs, row, StandardOpenOption.APPEND);
        }
      }
    }
  }
}
