package org.vigie.link.dedup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.link.ArchiveWriter;
import org.vigie.store.AddOutcome;
import org.vigie.store.lucene.LuceneIndex;

/**
 * What the near-duplicate check adds to {@link LuceneIndex#add}, per document, on the MasakhaNEWS
 * articles and one copy of each: the same documents added as articles (checked) and as posts (not
 * checked), committing every 200 so that lookups go through the index as well as memory. Printed,
 * not asserted (docs/BENCHMARKS.md). Skipped when the data set is absent.
 */
class NearDuplicateCostTest {
  private static final Path MASAKHANEWS = Path.of("../../shared/corpus/masakhanews-fr");

  @TempDir Path work;

  @Test
  void printsThePerDocumentCostOfTheCheck() throws IOException {
    assumeTrue(Files.isDirectory(MASAKHANEWS), "MasakhaNEWS absent; dedup cost not measured");
    List<String> texts = new ArrayList<>();
    CopyGenerator generator = new CopyGenerator(new Random(7));
    for (NewsArticle a : NewsArticle.read(MASAKHANEWS, "dev", "test")) {
      texts.add(a.asDocument());
      texts.add(generator.copy(a));
    }
    for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up
      double posts = millisPerDocument(texts, AnalyzedDocument.POST, "posts" + round);
      double articles = millisPerDocument(texts, AnalyzedDocument.ARTICLE, "articles" + round);
      System.out.printf(
          "round %d, %d documents: add %.3f ms as posts, %.3f ms as articles (check %.3f ms)%n",
          round, texts.size(), posts, articles, articles - posts);
    }
  }

  private double millisPerDocument(List<String> texts, String type, String folder) {
    try (LuceneIndex index = LuceneIndex.open(work.resolve(folder))) {
      ArchiveWriter archiveWriter = ArchiveWriter.standard(index);
      long start = System.nanoTime();
      int copies = 0;
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        AnalyzedDocument d =
            AnalyzedDocument.builder().id(ContentId.ofText(t)).text(t).type(type).build();
        copies += archiveWriter.add(d) == AddOutcome.COPY ? 1 : 0;
        if (i % 200 == 199) {
          index.commit();
        }
      }
      index.commit();
      if (type.equals(AnalyzedDocument.ARTICLE)) {
        System.out.printf("  %d copies linked%n", copies);
      }
      return (System.nanoTime() - start) / 1e6 / texts.size();
    }
  }
}
