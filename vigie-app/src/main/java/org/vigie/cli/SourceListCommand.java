package org.vigie.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.collect.sources.Coverage;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.RegisteredSource;
import org.vigie.collect.sources.SourceJson;
import org.vigie.collect.sources.SourceState;
import org.vigie.document.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie source list}: the sources with their state and coverage, as a table or JSON. */
@Command(name = "list", description = "List the sources with their state and documents per day.")
final class SourceListCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final int ERROR_WIDTH = 48;

  @ParentCommand SourceCommand parent;

  @Option(names = "--json", description = "One JSON array (the form of /api/sources).")
  boolean json;

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    Messages text = cli.messages();
    Instant now = Instant.now();
    try (Archive archive = cli.openArchive()) {
      CoverageReader reader = new CoverageReader(archive.store());
      List<RegisteredSource> sources = archive.catalog().sources().list();
      Map<String, List<String>> labels = archive.catalog().sourceLabels().all();
      if (json) {
        ArrayNode all = DocumentJson.mapper().createArrayNode();
        for (RegisteredSource s : sources) {
          ObjectNode o = SourceJson.write(s, reader.coverage(s, now), false);
          labels.getOrDefault(s.id(), List.of()).forEach(o.putArray("labels")::add);
          all.add(o);
        }
        cli.out.println(all);
        return VigieCli.OK;
      }
      if (sources.isEmpty()) {
        cli.out.println(text.get("source.none"));
        return VigieCli.OK;
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(text.get("source.columns").split("\\|"));
      for (RegisteredSource s : sources) {
        rows.add(row(s, reader.coverage(s, now), text, labels.get(s.id())));
      }
      print(cli, rows);
    }
    return VigieCli.OK;
  }

  private static String[] row(RegisteredSource s, Coverage c, Messages text, List<String> labels) {
    SourceState st = s.state();
    return new String[] {
      s.id(),
      s.source().name() + (labels == null ? "" : " [" + String.join(", ", labels) + "]"),
      s.source().kind().name().toLowerCase(Locale.ROOT),
      SourceCommand.every(s.source().schedule(), text),
      state(st, c, text),
      when(st.lastSuccessAt()),
      st.lastErrorMessage() == null || !st.failing() ? "—" : cut(st.lastErrorMessage()),
      String.format(text.locale(), "%.1f", c.perDay()),
      when(st.nextDueAt())
    };
  }

  /** ok, failing (n), silent, disabled or never run. */
  static String state(SourceState st, Coverage c, Messages text) {
    if (!st.enabled()) {
      return text.get("source.state.disabled");
    }
    if (st.failing()) {
      return text.get("source.state.failing", st.consecutiveFailures());
    }
    if (st.lastRunAt() == null) {
      return text.get("source.state.never");
    }
    return c.silent() ? text.get("source.state.silent") : text.get("source.state.ok");
  }

  private static String when(Instant t) {
    return t == null ? "—" : WHEN.format(t);
  }

  private static String cut(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= ERROR_WIDTH ? one : one.substring(0, ERROR_WIDTH - 1) + "…";
  }

  private static void print(VigieCli cli, List<String[]> rows) {
    int[] width = new int[rows.getFirst().length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(i == 0 ? "" : "  ").append(r[i]);
        if (i < r.length - 1) {
          line.append(" ".repeat(width[i] - r[i].length()));
        }
      }
      cli.out.println(line.toString().stripTrailing());
    }
  }
}
