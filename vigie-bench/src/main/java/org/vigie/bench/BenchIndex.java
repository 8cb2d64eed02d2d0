package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.analysis.Stages;
import org.vigie.analysis.ner.EntityExtractor;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.archive.Archive;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.RawDocument;
import org.vigie.link.ArchiveWriter;
import org.vigie.store.DocumentStore;

/**
 * A data folder of {@code n} generated documents for the search and HTTP benchmarks, built faster
 * than by the full pipeline: each document goes through {@code extract} and {@code identity} only,
 * is declared French, and borrows the entities that the real entity stage finds in the articles it
 * was made from (those whose words occur in its text, at their first occurrence), so that the
 * person, organisation and place facets look like the real ones. Documents are stored with {@link
 * ArchiveWriter#addIfAbsent}, as ingest stores them, from one thread per core.
 *
 * <p>Folders are kept between runs ({@code index-N-seed-S/}); a folder without its completion
 * marker is rebuilt.
 */
final class BenchIndex {
  private static final String DONE = "built.txt";

  private BenchIndex() {}

  /** The data folder's path and how long it took to build (0 when it was already there). */
  record Built(Path folder, long documents, double seconds) {}

  static Built ensure(SourceArticles articles, long seed, long n, Path work) throws IOException {
    Path folder = work.resolve("index-" + n + "-seed-" + seed);
    if (Files.isRegularFile(folder.resolve(DONE))) {
      return new Built(folder, n, 0);
    }
    BenchCorpus.deleteTree(folder);
    CorpusGenerator generator = new CorpusGenerator(articles, seed);
    List<List<Entity>> entities = sourceEntities(articles);
    long start = System.nanoTime();
    try (Archive archive = Archive.open(folder)) {
      fill(archive.store(), generator, entities, n);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.writeString(folder.resolve(DONE), n + " documents in " + seconds + " s\n");
    System.out.printf(
        "Built %s: %,d documents in %.0f s (%,.0f documents/s)%n", folder, n, seconds, n / seconds);
    return new Built(folder, n, seconds);
  }

  private static void fill(
      DocumentStore store, CorpusGenerator generator, List<List<Entity>> entities, long n) {
    Pipeline pipeline = Stages.named(List.of("extract", "identity"));
    ArchiveWriter writer = ArchiveWriter.standard(store);
    AtomicLong next = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    int threads = Runtime.getRuntime().availableProcessors();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                      try {
                        writer.addIfAbsent(analyzed(pipeline, generator.document(i), entities));
                      } catch (DocumentRejectedException e) {
                        rejected.incrementAndGet(); // as ingest does: counted, not stored
                      }
                      if (i % 100_000 == 0 && i > 0) {
                        System.out.printf("  %,d documents%n", i);
                      }
                    }
                  }));
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building the index", e);
      }
    }
    store.commit();
    System.out.printf(
        "  %,d documents stored, %,d rejected by extraction%n", store.count(), rejected.get());
  }

  static AnalyzedDocument analyzed(
      Pipeline pipeline, CorpusGenerator.Generated g, List<List<Entity>> entities) {
    AnalyzedDocument doc = pipeline.analyze(raw(g));
    return doc.toBuilder().language("fra").entities(borrowed(doc.text(), g, entities)).build();
  }

  static RawDocument raw(CorpusGenerator.Generated g) {
    Map<String, String> hints = new HashMap<>();
    if (g.title() != null) {
      hints.put(RawDocument.Hint.TITLE, g.title());
    }
    if (g.author() != null) {
      hints.put(RawDocument.Hint.AUTHOR, g.author());
    }
    hints.put(RawDocument.Hint.PUBLISHED, g.published());
    hints.put(RawDocument.Hint.SITE, g.site());
    return new RawDocument(
        "generated:" + g.index(),
        "bench",
        g.url(),
        Instant.parse("2026-01-01T00:00:00Z"),
        RawDocument.TEXT,
        "UTF-8",
        g.text().getBytes(StandardCharsets.UTF_8),
        hints);
  }

  private static List<Entity> borrowed(
      String text, CorpusGenerator.Generated g, List<List<Entity>> entities) {
    List<Entity> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int source : g.sources()) {
      for (Entity e : entities.get(source)) {
        int at = seen.add(e.type() + e.text()) ? text.indexOf(e.text()) : -1;
        if (at >= 0) {
          found.add(
              new Entity(e.text(), e.type(), e.canonical(), at, at + e.text().length(), e.role()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Entity::start));
    return found;
  }

  /** The entities of each real article, found by the entity stage's extractor. */
  static List<List<Entity>> sourceEntities(SourceArticles articles) {
    EntityExtractor extractor = EntityExtractor.standard();
    List<List<Entity>> all = new ArrayList<>();
    for (SourceArticles.Article a : articles.articles()) {
      all.add(extractor.extract(String.join("\n\n", a.paragraphs())));
    }
    return all;
  }
}
