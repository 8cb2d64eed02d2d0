package org.vigie.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.export.DocumentExporter;
import org.vigie.archive.export.ResultFormat;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie export --format csv|jsonl QUERY > file}: every match, streamed to stdout. */
@Command(
    name = "export",
    description = "Export every document matching a query as CSV or JSONL on stdout.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or jsonl.")
  String format;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (none: everything).")
  List<String> words = List.of();

  @Option(
      names = {"-f", "--filter"},
      paramLabel = "FIELD:VALUE",
      description = "Keep only documents with this facet value (language:fra, year:2015…).")
  List<String> filters = List.of();

  @Option(
      names = "--sort",
      defaultValue = "RELEVANCE",
      description = "NEWEST, OLDEST, or index order (default).")
  Sort sort;

  @Option(names = "--all-copies", description = "Also export near-duplicates.")
  boolean allCopies;

  @Option(
      names = "--separator",
      paramLabel = ";|,",
      defaultValue = ",",
      description =
          "CSV separator: ; for French spreadsheets (Excel in French opens it in columns), , by"
              + " default.")
  char separator;

  @Override
  public Integer call() throws IOException {
    ResultFormat chosen;
    SearchRequest request;
    try {
      chosen = ResultFormat.parse(format);
      if (separator != ',' && separator != ';') {
        throw new IllegalArgumentException("bad --separator '" + separator + "': expected ; or ,");
      }
      request =
          SearchRequest.matching(QueryParser.parse(String.join(" ", words)))
              .withFilters(SearchCommand.filters(filters))
              .sortedBy(sort)
              .page(0, 0)
              .withCopies(allCopies);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    try (Archive archive = cli.openArchive()) {
      OutputStream out = new BufferedOutputStream(cli.out, 1 << 16);
      long rows =
          new DocumentExporter(chosen, d -> d, separator).export(archive.store(), request, out);
      out.flush();
      cli.err.println(cli.messages().get("export.done", rows));
    }
    return VigieCli.OK;
  }
}
