package org.vigie.analytics.report;

import java.util.List;
import java.util.Locale;

/**
 * What a report is asked to hold: everything that, with the archive's state, decides its content.
 *
 * @param template weekly or monthly
 * @param title the cover's title, or {@code null} for the template's
 * @param language {@code fr} (default) or {@code en}
 * @param organisation the organisation named on the cover, or {@code ""}
 * @param logo the organisation's logo (PNG or JPEG bytes), or {@code null}
 * @param sections the queries or topics followed; empty for the whole archive
 * @param period the days reported on
 * @param baseUrl the server's public address, before the links back to searches ({@code ""}:
 *     relative links)
 * @param zone the time zone the report's times are written in (default {@code Africa/Bamako})
 */
public record ReportSpec(
    ReportTemplate template,
    String title,
    String language,
    String organisation,
    byte[] logo,
    List<ReportSection> sections,
    Period period,
    String baseUrl,
    java.time.ZoneId zone) {
  /** The zone of reports that name none. */
  public static final java.time.ZoneId DEFAULT_ZONE = java.time.ZoneId.of("Africa/Bamako");

  public ReportSpec {
    template = template == null ? ReportTemplate.WEEKLY : template;
    language =
        language == null || language.isBlank() ? "fr" : language.strip().toLowerCase(Locale.ROOT);
    if (!language.equals("fr") && !language.equals("en")) {
      throw new IllegalArgumentException("report language must be fr or en: " + language);
    }
    organisation = organisation == null ? "" : organisation.strip();
    sections = List.copyOf(sections == null ? List.of() : sections);
    if (period == null) {
      throw new IllegalArgumentException("a report needs a period");
    }
    baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    zone = zone == null ? DEFAULT_ZONE : zone;
  }

  /** Whether the report covers the whole archive (no section). */
  public boolean wholeArchive() {
    return sections.isEmpty();
  }

  /** The query of the report's scope: its sections' queries, any of them, or everything. */
  public String scopeQuery() {
    if (sections.isEmpty()) {
      return "";
    }
    if (sections.size() == 1) {
      return sections.getFirst().query();
    }
    StringBuilder sb = new StringBuilder();
    for (ReportSection s : sections) {
      if (s.query().isBlank()) {
        return "";
      }
      sb.append(sb.isEmpty() ? "" : " OR ").append('(').append(s.query()).append(')');
    }
    return sb.toString();
  }

  /** This spec with links under another server address. */
  public ReportSpec withBaseUrl(String url) {
    return new ReportSpec(
        template, title, language, organisation, logo, sections, period, url, zone);
  }

  /** This spec for another period (a regeneration, the previous period). */
  public ReportSpec during(Period other) {
    return new ReportSpec(
        template, title, language, organisation, logo, sections, other, baseUrl, zone);
  }
}
