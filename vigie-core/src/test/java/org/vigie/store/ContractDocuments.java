package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.Fixtures;
import org.vigie.analysis.Stages;
import org.vigie.analysis.pipeline.Pipeline;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;

/**
 * The documents of the backend contract: the five seed texts of {@code samples/seeds} run through
 * the standard analysis, with the metadata a feed would give them (title, date, site), and a
 * syndicated copy of the first one published by another site a day later. Analysed once per JVM.
 */
public final class ContractDocuments {
  public static final String SOURCE = "contract";

  /** Seed index → published day (the fifth is undated: it counts on its fetch day). */
  private static final String[] PUBLISHED = {
    "2019-12-09", "2020-01-15", "2020-02-03", "2020-02-20", null
  };

  private static final String[] SITES = {
    "minusma.unmissions.org", "lessor.ml", "osiris.sn", "lefaso.net", "amss.ml"
  };

  private static final String[] TITLES = {
    "La MINUSMA rencontre les blogueurs maliens",
    "Élections législatives : une session sur les réseaux sociaux",
    "La diplomatie numérique selon l'ONU",
    "Amnesty Burkina forme son personnel aux réseaux sociaux",
    "Atelier sur les leçons du projet de participation au processus de paix"
  };

  static final Instant FETCHED = Instant.parse("2020-03-05T10:00:00Z");

  private static List<AnalyzedDocument> seeds;
  private static AnalyzedDocument copy;

  private ContractDocuments() {}

  /**
   * The folder of the sample corpus, from the test class path (a folder or the core's test-jar).
   */
  public static Path samples() {
    return Fixtures.folder("/samples");
  }

  /** The five analysed seeds, in file order. */
  public static synchronized List<AnalyzedDocument> seeds() {
    if (seeds == null) {
      Pipeline pipeline = Stages.standard();
      List<AnalyzedDocument> docs = new ArrayList<>();
      List<Path> files = seedFiles();
      for (int i = 0; i < files.size(); i++) {
        docs.add(
            pipeline.analyze(raw(files.get(i), i, read(files.get(i)), SITES[i], PUBLISHED[i])));
      }
      AnalyzedDocument first = docs.getFirst();
      copy =
          pipeline.analyze(
              raw(
                  files.getFirst(),
                  5,
                  "Repris de la MINUSMA.\n\n" + read(files.getFirst()),
                  "maliweb.net",
                  "2019-12-10"));
      if (copy.id().equals(first.id())) {
        throw new IllegalStateException("the copy must differ from its original");
      }
      seeds = List.copyOf(docs);
    }
    return seeds;
  }

  /** A near-duplicate of the first seed: its text behind one more line, on another site. */
  public static synchronized AnalyzedDocument copy() {
    seeds();
    return copy;
  }

  /** Seeds then the copy: the order the contract adds them in. */
  public static List<AnalyzedDocument> all() {
    List<AnalyzedDocument> all = new ArrayList<>(seeds());
    all.add(copy());
    return all;
  }

  private static RawDocument raw(Path file, int i, String text, String site, String published) {
    Map<String, String> hints = new HashMap<>();
    hints.put(RawDocument.Hint.TITLE, TITLES[Math.min(i, TITLES.length - 1)]);
    hints.put(RawDocument.Hint.SITE, site);
    if (published != null) {
      hints.put(RawDocument.Hint.PUBLISHED, published);
    }
    return new RawDocument(
        file.getFileName() + (i == 5 ? "#copy" : ""),
        SOURCE,
        "https://" + site + "/article/" + i,
        FETCHED,
        RawDocument.TEXT,
        "UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        hints);
  }

  private static List<Path> seedFiles() {
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
