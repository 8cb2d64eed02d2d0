package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analytics.report.Period;
import org.vigie.analytics.report.ReportSection;
import org.vigie.analytics.report.ReportSpec;
import org.vigie.analytics.report.ReportTemplate;
import org.vigie.analytics.report.render.ReportFormat;
import org.vigie.analytics.report.render.ReportText;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.archive.reports.ArchivedReport;
import org.vigie.archive.reports.ReportService;
import org.vigie.link.topics.Topic;
import org.vigie.search.QueryParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie report}: a situation report over a period, for queries or topics (one section each)
 * or the whole archive, written to a file with a progress bar, kept in the data folder (with its
 * parameters and SHA-256) and, with {@code --email}, sent.
 */
@Command(
    name = "report",
    description = "Write a situation report (PDF, HTML, Word, CSV/JSONL annex) for a period.")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Option(names = "--template", defaultValue = "weekly", description = "weekly or monthly.")
  String template;

  @Option(names = "--query", description = "A query followed by the report (repeatable).")
  List<String> queries = new ArrayList<>();

  @Option(names = "--topic", description = "A topic id followed by the report (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--from", description = "First day (default: the last complete week or month).")
  String from;

  @Option(names = "--to", description = "Last day, included.")
  String to;

  @Option(names = "--format", description = "pdf, html, docx, csv or jsonl (default: from --out).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file written.")
  Path out;

  @Option(names = "--title", description = "The cover's title.")
  String title;

  @Option(names = "--organisation", description = "The organisation on the cover.")
  String organisation;

  @Option(names = "--logo", paramLabel = "FILE", description = "A PNG or JPEG logo for the cover.")
  Path logo;

  @Option(names = "--zone", defaultValue = "Africa/Bamako", description = "Time zone.")
  String zone;

  @Option(names = "--email", description = "Send the report to this address (repeatable).")
  List<String> emails = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ReportFormat f = format();
    try (Archive archive = cli.openArchive();
        ReportService reports = service(cli, archive)) {
      ReportSpec spec = spec(archive);
      Messages text = cli.messages();
      ReportText steps = new ReportText(spec.language());
      ProgressBar bar = new ProgressBar(cli.err, System.console() != null, text);
      List<ArchivedReport> made;
      try {
        made =
            reports.generate(
                spec,
                List.of(f),
                null,
                emails,
                (done, total, step) -> bar.step(done, total, steps.t("step." + step)));
      } catch (IllegalStateException e) {
        throw new UserException(e.getMessage(), e);
      }
      ArchivedReport kept = made.getFirst();
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(out, reports.files().bytes(kept));
      cli.out.println(text.get("report.written", out, kept.size(), kept.sha256(), kept.path()));
      if (!emails.isEmpty()) {
        cli.out.println(text.get("report.sent", String.join(", ", emails)));
      }
    }
    return VigieCli.OK;
  }

  /** The archive's reports, with the server address and mail settings of the configuration. */
  static ReportService service(VigieCli cli, Archive archive) {
    Map<String, String> settings = cli.backend.settings(cli.dataFolder());
    String url = System.getenv("VIGIE_URL");
    return new ReportService(archive, java.time.Clock.systemUTC())
        .configure(
            url != null && !url.isBlank() ? url : settings.getOrDefault("server.url", ""),
            MailSettings.from(settings, System::getenv));
  }

  private ReportFormat format() {
    String name = format;
    if (name == null) {
      String file = out.getFileName().toString();
      int dot = file.lastIndexOf('.');
      name = dot < 0 ? "pdf" : file.substring(dot + 1);
    }
    try {
      return ReportFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  private ReportSpec spec(Archive archive) {
    Map<String, String> settings = cli.backend.settings(cli.dataFolder());
    ReportTemplate kind;
    try {
      kind = ReportTemplate.parse(template);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    List<ReportSection> sections = new ArrayList<>();
    for (String q : queries) {
      QueryParser.parse(q);
      sections.add(new ReportSection(q, q));
    }
    for (String id : topics) {
      Topic topic =
          archive.topics().list().stream()
              .filter(t -> t.id().equals(id))
              .findFirst()
              .orElseThrow(() -> new UserException(cli.messages().get("report.noTopic", id)));
      sections.add(ReportSection.topic(topic.id(), topic.name()));
    }
    Period period;
    try {
      period =
          from == null && to == null
              ? kind.periodBefore(LocalDate.now(ZoneId.of(zone)))
              : new Period(day(from, "--from"), day(to, "--to"));
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    try {
      return new ReportSpec(
          kind,
          title,
          cli.messages().locale().getLanguage().equals("en") ? "en" : "fr",
          organisation != null ? organisation : settings.getOrDefault("report.organisation", ""),
          logo(settings),
          sections,
          period,
          "",
          ZoneId.of(zone));
    } catch (java.time.DateTimeException e) {
      throw new UserException("--zone: " + e.getMessage());
    }
  }

  private byte[] logo(Map<String, String> settings) {
    Path file =
        logo != null
            ? logo
            : settings.containsKey("report.logo") ? Path.of(settings.get("report.logo")) : null;
    if (file == null) {
      return null;
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserException(cli.messages().get("error.noSuchPath", file));
    }
  }

  private static LocalDate day(String value, String option) {
    if (value == null) {
      throw new UserException(option + " is needed with the other end of the period");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UserException(option + ": '" + value + "' is not a day (2024-03-18)");
    }
  }
}
