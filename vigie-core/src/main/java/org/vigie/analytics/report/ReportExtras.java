package org.vigie.analytics.report;

import java.util.List;

/**
 * What a report reads beside the index, from the archive that holds it (alerts fired, registered
 * sources gone silent). The archive supplies it; a report over a bare index has none.
 */
public interface ReportExtras {
  /** None. */
  ReportExtras NONE = new ReportExtras() {};

  /** The alert rules that sent messages during the period, most messages first. */
  default List<Report.AlertLine> alertsFired(Period period) {
    return List.of();
  }

  /** The groups of coordinated accounts active during the period, largest first. */
  default List<Report.GroupLine> coordinationGroups(Period period) {
    return List.of();
  }

  /** Registered sources the coverage rule calls silent at the period's end. */
  default List<Report.SilentSource> silentSources(Period period) {
    return List.of();
  }
}
