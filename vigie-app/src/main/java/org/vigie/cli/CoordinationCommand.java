package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigie.analytics.coordination.CoordinatedEdge;
import org.vigie.analytics.coordination.CoordinationDetector;
import org.vigie.analytics.coordination.CoordinationGroups;
import org.vigie.analytics.coordination.CoordinationResult;
import org.vigie.analytics.coordination.CoordinationSettings;
import org.vigie.analytics.coordination.ShareLogCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie coordination}: coordinated accounts in a share log (CSV), CooRTweet's way. Writes
 * the edges as CSV and prints a summary (text, or JSON with {@code --json}); progress and skipped
 * rows go to stderr. See docs/COORDINATION.md.
 */
@Command(
    name = "coordination",
    description =
        "Comptes coordonnés dans un journal de partages CSV (même objet partagé à quelques"
            + " secondes d'intervalle).")
final class CoordinationCommand implements Callable<Integer> {
  private static final long PROGRESS_FROM_BYTES = 10_000_000;

  @ParentCommand VigieCli cli;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description =
          "Share log (CSV with a header). Without it, the archive's posts of --from … --to are"
              + " examined and the run is stored.")
  Path input;

  @Option(names = "--account-column", paramLabel = "C")
  String accountColumn;

  @Option(
      names = "--object-column",
      paramLabel = "C[,C…]",
      description = "Object column; several, comma-separated, for a multimodal run.")
  String objectColumn;

  @Option(names = "--content-column", paramLabel = "C")
  String contentColumn;

  @Option(names = "--time-column", paramLabel = "C")
  String timeColumn;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Archive mode: first day (default 7 days ago).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Archive mode: last day, included (default today).")
  String to;

  @Option(names = "--query", paramLabel = "QUERY", description = "Archive mode: posts matching.")
  String query;

  @Option(
      names = "--platforms",
      paramLabel = "P[,P…]",
      description = "Archive mode: only these platforms.")
  String platforms;

  @Option(
      names = "--kinds",
      paramLabel = "K[,K…]",
      description = "Archive mode: url, hashtag, forward, text, media (default all).")
  String kinds;

  @Option(names = "--platform-column", paramLabel = "C")
  String platformColumn;

  @Option(names = "--time-format", paramLabel = "unix|iso", defaultValue = "unix")
  String timeFormat;

  @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "60")
  long window;

  @Option(names = "--min-participation", paramLabel = "N", defaultValue = "2")
  int minParticipation;

  @Option(names = "--edge-quantile", paramLabel = "Q", defaultValue = "0.5")
  double edgeQuantile;

  @Option(names = "--fast-window", paramLabel = "S", defaultValue = "0")
  long fastWindow;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seeds community detection.")
  long seed;

  @Option(names = "--edges", paramLabel = "OUT.csv")
  Path edges;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  private ResourceBundle words;
  private Locale locale;

  @Override
  public Integer call() throws IOException {
    locale = cli.messages().locale();
    words = ResourceBundle.getBundle("org.vigie.cli.coordination", locale);
    CoordinationSettings settings = settings();
    if (input == null) {
      return new CoordinationArchiveMode(cli, this::text, json, edges)
          .run(from, to, query, platforms, kinds, settings);
    }
    for (String[] required :
        new String[][] {
          {"--account-column", accountColumn},
          {"--object-column", objectColumn},
          {"--content-column", contentColumn},
          {"--time-column", timeColumn},
          {"--edges", edges == null ? null : edges.toString()}
        }) {
      if (required[1] == null) {
        throw new UserException(text("coordination.needsOption", required[0]));
      }
    }
    ShareLogCsv.TimeFormat format = format();
    if (!Files.isRegularFile(input)) {
      throw new UserException(text("coordination.noFile", input));
    }
    long start = System.nanoTime();
    ShareLogCsv.Read read = read(format);
    CoordinationResult result = new CoordinationDetector(settings).detect(read.log());
    CoordinationGroups groups = result.groups(seed);
    writeEdges(result);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> summary = summary(read, result, groups, seconds);
    if (json) {
      cli.out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(summary));
    } else {
      cli.out.println(
          text(
              "coordination.summary",
              result.sharePairs(),
              result.edgeCount(),
              result.accountCount(),
              result.objectCount(),
              groups.components().size(),
              groups.largestComponent(),
              groups.communities().size(),
              edges,
              String.format(locale, "%.1f", seconds)));
      cli.out.println(
          text(
              "coordination.skipped",
              read.malformed(),
              result.skippedNoObject(),
              result.duplicates(),
              result.prefilteredRows()));
    }
    return VigieCli.OK;
  }

  private CoordinationSettings settings() {
    try {
      return new CoordinationSettings(window, minParticipation, edgeQuantile, fastWindow, true);
    } catch (IllegalArgumentException e) {
      throw new UserException(text("coordination.badSettings", e.getMessage()), e);
    }
  }

  private ShareLogCsv.TimeFormat format() {
    return switch (timeFormat.toLowerCase(Locale.ROOT)) {
      case "unix" -> ShareLogCsv.TimeFormat.UNIX;
      case "iso" -> ShareLogCsv.TimeFormat.ISO;
      default -> throw new UserException(text("coordination.badTimeFormat", timeFormat));
    };
  }

  private ShareLogCsv.Read read(ShareLogCsv.TimeFormat format) throws IOException {
    List<String> objects =
        Arrays.stream(objectColumn.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    ShareLogCsv.Columns columns =
        new ShareLogCsv.Columns(accountColumn, objects, contentColumn, timeColumn, platformColumn);
    long size = Files.size(input);
    Progress progress = new Progress(size);
    try {
      ShareLogCsv.Read read =
          ShareLogCsv.read(
              input,
              columns,
              format,
              p -> cli.err.println(text("coordination.malformed", input, p.line(), p.message())),
              progress::show);
      progress.end();
      return read;
    } catch (IllegalArgumentException e) {
      throw new UserException(text("coordination.badInput", input, e.getMessage()), e);
    } catch (UncheckedIOException e) {
      throw new UserException(text("coordination.badInput", input, e.getMessage()), e);
    }
  }

  private void writeEdges(CoordinationResult result) throws IOException {
    try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8);
        CSVPrinter csv =
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "account_a",
                    "account_b",
                    "weight",
                    "objects",
                    "mean_time_delta",
                    "edge_symmetry_score",
                    "fast_weight",
                    "weight_above_quantile",
                    "kinds")
                .setRecordSeparator('\n')
                .get()
                .print(w)) {
      for (CoordinatedEdge e : result.sortedEdges()) {
        csv.printRecord(
            e.accountA(),
            e.accountB(),
            e.weight(),
            e.objects(),
            String.format(Locale.ROOT, "%.3f", e.meanDelta()),
            String.format(Locale.ROOT, "%.4f", e.symmetry()),
            e.fastWeight(),
            e.flagged(),
            e.kinds().stream()
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|")));
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserException(text("coordination.cannotWrite", edges), e);
    }
  }

  private Map<String, Object> summary(
      ShareLogCsv.Read read, CoordinationResult r, CoordinationGroups groups, double seconds) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("input", input.toString());
    s.put("rows", read.rows());
    s.put("share_pairs", r.sharePairs());
    s.put("edges", r.edgeCount());
    s.put("accounts", r.accountCount());
    s.put("objects", r.objectCount());
    s.put("components", groups.components().size());
    s.put("largest_component", groups.largestComponent());
    s.put("communities", groups.communities().size());
    s.put("weight_threshold", r.weightThreshold());
    Map<String, Object> skipped = new LinkedHashMap<>();
    skipped.put("malformed", read.malformed());
    skipped.put("no_object", r.skippedNoObject());
    skipped.put("duplicates", r.duplicates());
    skipped.put("below_min_participation", r.prefilteredRows());
    s.put("skipped", skipped);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("window", window);
    settings.put("min_participation", minParticipation);
    settings.put("edge_quantile", edgeQuantile);
    settings.put("fast_window", fastWindow);
    s.put("settings", settings);
    s.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return s;
  }

  private String text(String key, Object... args) {
    return new MessageFormat(words.getString(key), locale).format(args);
  }

  /**
   * Read progress on stderr for large inputs: redrawn on a terminal, a line every 5 s otherwise.
   */
  private final class Progress {
    private final long total;
    private final boolean interactive = System.console() != null;
    private final long interval = interactive ? 200_000_000L : 5_000_000_000L;
    private long last = System.nanoTime();
    private boolean shown;

    Progress(long total) {
      this.total = total;
    }

    void show(long chars) {
      long now = System.nanoTime();
      if (total < PROGRESS_FROM_BYTES || now - last < interval) {
        return;
      }
      last = now;
      shown = true;
      String line =
          text("coordination.progress", String.format(locale, "%.0f", 100.0 * chars / total));
      cli.err.print(interactive ? "\r" + line + "\u001b[K" : line + "\n");
      cli.err.flush();
    }

    void end() {
      if (shown && interactive) {
        cli.err.println();
      }
    }
  }
}
