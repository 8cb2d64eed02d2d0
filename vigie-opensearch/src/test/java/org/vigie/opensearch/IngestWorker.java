package org.vigie.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;
import org.vigie.link.ArchiveWriter;
import org.vigie.store.AddOutcome;

/**
 * One ingest worker process of the two-workers test: analyses text files with the standard pipeline
 * and adds them to the cluster under its own source id, printing {@code OUTCOME id} per document
 * and {@code DONE} once everything is committed.
 *
 * <p>Arguments: hosts, index prefix, source id, files…
 */
public final class IngestWorker {
  private IngestWorker() {}

  public static void main(String[] args) throws IOException {
    OpenSearchSettings settings = OpenSearchSettings.of(args[0], args[1]).withLayout(2, 1);
    String source = args[2];
    Pipeline pipeline = Stages.standard();
    try (OpenSearchStore store = OpenSearchStore.open(settings)) {
      ArchiveWriter writer = ArchiveWriter.standard(store);
      for (int i = 3; i < args.length; i++) {
        Path file = Path.of(args[i]);
        RawDocument raw =
            new RawDocument(
                file.toString(),
                source,
                null,
                Instant.now(),
                RawDocument.TEXT,
                "UTF-8",
                Files.readAllBytes(file),
                Map.of(RawDocument.Hint.PUBLISHED, "2020-02-0" + (1 + i % 9)));
        AnalyzedDocument doc = pipeline.analyze(raw);
        AddOutcome outcome = writer.add(doc);
        System.out.println(outcome + " " + doc.id());
      }
      store.commit();
      System.out.println("DONE " + store.writeCounts());
    }
  }
}
