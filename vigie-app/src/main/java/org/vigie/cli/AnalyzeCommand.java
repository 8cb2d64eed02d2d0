package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.FileCollector;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Entity;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie analyze FILE...}: runs the analysis on files without storing anything; with {@code
 * --json}, one JSON object per document, one per line (the public JSON form).
 */
@Command(name = "analyze", description = "Analyse files and print what Vigie understands of them.")
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders.")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per document, one per line.")
  boolean json;

  @Override
  public Integer call() {
    for (Path p : files) {
      if (!Files.exists(p)) {
        throw new UserException(cli.messages().get("error.noSuchPath", p));
      }
    }
    Pipeline pipeline = Stages.standard();
    List<IngestError> errors = new ArrayList<>();
    new FileCollector("analyze", Clock.systemUTC())
        .collect(
            files,
            new DocumentSink() {
              @Override
              public void accept(RawDocument raw) {
                analyze(pipeline, raw, errors);
              }

              @Override
              public void reject(IngestError error) {
                errors.add(error);
              }
            });
    errors.forEach(
        e ->
            cli.err.println(
                cli.messages()
                    .get("analyze.failed", e.origin(), e.message() + " [" + e.cause() + "]")));
    return errors.stream().anyMatch(IngestError::fatal) ? VigieCli.USAGE : VigieCli.OK;
  }

  private void analyze(Pipeline pipeline, RawDocument raw, List<IngestError> errors) {
    try {
      Pipeline.Analysis analysis = pipeline.run(raw);
      errors.addAll(analysis.warnings());
      print(analysis.document());
    } catch (DocumentRejectedException e) {
      errors.add(IngestError.skipped(raw.origin(), e.errorCause(), e.getMessage()));
    }
  }

  private void print(AnalyzedDocument d) {
    if (json) {
      cli.out.println(DocumentJson.write(d));
      return;
    }
    cli.out.println("== " + d.origin());
    cli.out.println("id        " + d.id());
    cli.out.println("titre     " + orDash(d.title()));
    cli.out.println("auteur    " + orDash(d.author()));
    cli.out.println("publié    " + orDash(d.published()));
    cli.out.println("site      " + orDash(d.site()));
    cli.out.println("langue    " + d.language());
    cli.out.println("url       " + orDash(d.url()));
    cli.out.println();
    cli.out.println(d.text());
    cli.out.println();
    for (Entity e : d.entities()) {
      String canonical = e.canonical().equals(e.text()) ? "" : " → " + e.canonical();
      String role = e.role() == null ? "" : " (" + e.role() + ")";
      cli.out.println(e.type() + "  " + e.text() + canonical + role);
    }
    if (!d.entities().isEmpty()) {
      cli.out.println();
    }
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }
}
