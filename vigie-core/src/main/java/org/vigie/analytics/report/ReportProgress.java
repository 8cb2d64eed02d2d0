package org.vigie.analytics.report;

/** Told how far a report's generation is, from 0 to {@code total} steps. */
@FunctionalInterface
public interface ReportProgress {
  ReportProgress NONE = (done, total, step) -> {};

  /**
   * @param step what is being done, a message key ({@code report.step.figures}…)
   */
  void at(int done, int total, String step);
}
