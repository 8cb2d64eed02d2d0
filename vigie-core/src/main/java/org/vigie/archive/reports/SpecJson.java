package org.vigie.archive.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.ReportSection;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.document.DocumentJson;

/** A report's parameters as the JSON kept beside its file and in its schedule. */
public final class SpecJson {
  private SpecJson() {}

  public static ObjectNode write(ReportSpec s) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("template", s.template().code());
    o.put("title", s.title());
    o.put("language", s.language());
    o.put("organisation", s.organisation());
    if (s.logo() != null) {
      o.put("logo", Base64.getEncoder().encodeToString(s.logo()));
    }
    ArrayNode sections = o.putArray("sections");
    for (ReportSection sec : s.sections()) {
      sections.addObject().put("name", sec.name()).put("query", sec.query());
    }
    o.put("from", s.period().from().toString());
    o.put("to", s.period().to().toString());
    o.put("baseUrl", s.baseUrl());
    o.put("zone", s.zone().getId());
    return o;
  }

  /**
   * The spec a JSON object describes.
   *
   * @throws IllegalArgumentException naming the bad field
   */
  public static ReportSpec read(JsonNode o) {
    List<ReportSection> sections = new ArrayList<>();
    for (JsonNode sec : o.path("sections")) {
      sections.add(new ReportSection(sec.path("name").asText(), sec.path("query").asText("")));
    }
    String logo = o.path("logo").asText(null);
    return new ReportSpec(
        ReportTemplate.parse(o.path("template").asText("weekly")),
        o.path("title").isTextual() ? o.path("title").asText() : null,
        o.path("language").asText("fr"),
        o.path("organisation").asText(""),
        logo == null ? null : Base64.getDecoder().decode(logo),
        sections,
        new Period(day(o, "from"), day(o, "to")),
        o.path("baseUrl").asText(""),
        ZoneId.of(o.path("zone").asText(ReportSpec.DEFAULT_ZONE.getId())));
  }

  public static ReportSpec read(String json) {
    try {
      return read(DocumentJson.mapper().readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "a report's parameters are not JSON: " + e.getOriginalMessage());
    }
  }

  private static LocalDate day(JsonNode o, String field) {
    String v = o.path(field).asText(null);
    if (v == null) {
      throw new IllegalArgumentException("a report needs '" + field + "' (a day, 2024-03-18)");
    }
    try {
      return LocalDate.parse(v);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "bad '" + field + "' of a report: '" + v + "' is not a day (2024-03-18)");
    }
  }
}
