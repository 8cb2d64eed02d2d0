package org.vigie.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.coordination.ObjectKind;
import org.vigie.analytics.coordination.PostShares;
import org.vigie.archive.Archive;
import org.vigie.archive.coordination.CoordinationRecords;
import org.vigie.archive.coordination.CoordinationRequest;
import org.vigie.archive.coordination.CoordinationService;
import org.vigie.archive.coordination.GroupExport;
import org.vigie.document.DocumentJson;
import org.vigie.search.QuerySyntaxException;

/**
 * {@code vigie coordination} without {@code --input}: the archive's posts of a period (a query,
 * platforms, kinds of objects) are examined, the run is stored with its groups (the pages show it),
 * and a summary is printed (JSON with {@code --json}); {@code --edges} writes every group's edges
 * as CSV. Progress goes to stderr.
 */
final class CoordinationArchiveMode {
  private final VigieCli cli;
  private final BiFunction<String, Object[], String> text;
  private final boolean json;
  private final Path edges;

  CoordinationArchiveMode(
      VigieCli cli, BiFunction<String, Object[], String> text, boolean json, Path edges) {
    this.cli = cli;
    this.text = text;
    this.json = json;
    this.edges = edges;
  }

  int run(
      String from,
      String to,
      String query,
      String platforms,
      String kinds,
      CoordinationSettings settings)
      throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate first = from == null ? today.minusDays(6) : day("--from", from);
    LocalDate last = to == null ? today : day("--to", to);
    if (last.isBefore(first)) {
      throw new UserException(t("coordination.badPeriod", first, last));
    }
    CoordinationRequest request =
        new CoordinationRequest(
            query,
            first.atStartOfDay(ZoneOffset.UTC).toInstant(),
            last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            list(platforms),
            kinds(kinds),
            settings,
            CoordinationRequest.MANUAL);
    try (Archive archive = cli.openArchive()) {
      CoordinationService service = archive.coordination();
      CoordinationRecords.Run run;
      try {
        run = service.run(request, this::progress);
      } catch (QuerySyntaxException e) {
        throw new UserException(t("coordination.badQuery", e.getMessage()), e);
      }
      cli.err.println();
      List<CoordinationRecords.Group> groups = service.groups(run.id());
      if (edges != null) {
        writeEdges(service, groups);
      }
      if (json) {
        cli.out.println(
            DocumentJson.mapper()
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(summary(run, groups)));
      } else {
        cli.out.println(
            t(
                "coordination.archiveSummary",
                run.id(),
                run.posts(),
                run.postsLeftOut(),
                run.sharePairs(),
                run.edges(),
                run.accounts(),
                run.groups()));
        for (CoordinationRecords.Group g : groups) {
          cli.out.println(
              t(
                  "coordination.groupLine",
                  g.rank(),
                  g.size(),
                  t("coordination.change." + g.change()),
                  String.join(", ", g.kinds()),
                  String.join(", ", g.platforms()),
                  "/coordination/groups/" + g.id()));
        }
      }
    }
    return VigieCli.OK;
  }

  private ObjectNode summary(CoordinationRecords.Run run, List<CoordinationRecords.Group> groups) {
    ObjectNode s = DocumentJson.mapper().createObjectNode();
    s.put("run", run.id());
    s.put("posts", run.posts());
    s.put("posts_left_out", run.postsLeftOut());
    s.put("shares", run.shares());
    s.put("share_pairs", run.sharePairs());
    s.put("edges", run.edges());
    s.put("accounts", run.accounts());
    s.put("objects", groups.stream().mapToInt(CoordinationRecords.Group::objects).sum());
    s.put("components", run.groups());
    s.put("largest_component", groups.isEmpty() ? 0 : groups.getFirst().size());
    ArrayNode list = s.putArray("groups");
    groups.forEach(g -> list.add(DocumentJson.mapper().<ObjectNode>valueToTree(g)));
    return s;
  }

  private void writeEdges(CoordinationService service, List<CoordinationRecords.Group> groups)
      throws IOException {
    List<CoordinationRecords.Edge> all = new ArrayList<>();
    groups.forEach(g -> all.addAll(service.edges(g.id())));
    try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
      GroupExport.edgesCsv(all, w);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserException(t("coordination.cannotWrite", edges), e);
    }
  }

  private long lastDrawn;

  private void progress(CoordinationService.Progress p) {
    long now = System.nanoTime();
    boolean interactive = System.console() != null;
    if (now - lastDrawn < (interactive ? 200_000_000L : 5_000_000_000L)
        && !p.phase().equals("done")) {
      return;
    }
    lastDrawn = now;
    String line = t("coordination.phase." + p.phase(), p.done(), p.total());
    cli.err.print(interactive ? "\r" + line + "\u001b[K" : line + "\n");
    cli.err.flush();
  }

  private static Set<String> list(String s) {
    if (s == null) {
      return Set.of();
    }
    return Arrays.stream(s.split(","))
        .map(x -> x.strip().toLowerCase(Locale.ROOT))
        .filter(x -> !x.isEmpty())
        .collect(Collectors.toSet());
  }

  private Set<ObjectKind> kinds(String s) {
    if (s == null || s.isBlank()) {
      return PostShares.ALL;
    }
    Set<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
    for (String k : list(s)) {
      try {
        kinds.add(ObjectKind.valueOf(k.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UserException(t("coordination.badKind", k));
      }
    }
    return kinds;
  }

  private LocalDate day(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserException(t("coordination.badDay", option, value));
    }
  }

  private String t(String key, Object... args) {
    return text.apply(key, args);
  }
}
