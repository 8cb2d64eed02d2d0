package org.vigie.analytics.report;

/**
 * One query or topic a report follows.
 *
 * @param name the section's title
 * @param query the Vigie query it counts (filters included), {@code ""} for the whole archive
 */
public record ReportSection(String name, String query) {
  public ReportSection {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a report section needs a name");
    }
    query = query == null ? "" : query.strip();
  }

  /** The section of a topic of the taxonomy. */
  public static ReportSection topic(String id, String name) {
    return new ReportSection(name == null || name.isBlank() ? id : name, "topic:" + id);
  }
}
