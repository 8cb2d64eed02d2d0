package org.vigie.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Migration;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.SearchRequest;
import org.vigie.store.ContractDocuments;
import org.vigie.store.DocumentStore;
import org.vigie.store.lucene.LuceneIndex;

/**
 * {@code vigie migrate}'s copy from the embedded index into the cluster: interrupted after its
 * first checkpoint, then run again, it resumes there and ends with every document copied once,
 * copies still linked to their originals.
 */
@ExtendWith(OpenSearchCluster.class)
@Order(2)
class MigrationIT {
  private static final int POSTS = 1_500;

  @Test
  void interruptedMigrationResumesFromItsCheckpoint(LocalCluster cluster, @TempDir Path data)
      throws Exception {
    Path checkpoint = data.resolve("migrate-opensearch.checkpoint");
    OpenSearchSettings settings =
        OpenSearchSettings.of(cluster.hosts(), "migrate-").withLayout(1, 1);
    try (LuceneIndex source = LuceneIndex.open(data.resolve("index"))) {
      ArchiveWriter writer = ArchiveWriter.standard(source);
      ContractDocuments.all().forEach(writer::add);
      for (int i = 0; i < POSTS; i++) {
        String text = "Message numéro " + i + " publié sur le fil de la rédaction.";
        writer.add(
            AnalyzedDocument.builder()
                .id(ContentId.ofText(text))
                .text(text)
                .type(AnalyzedDocument.POST)
                .sourceId("posts")
                .build());
      }
      source.commit();
      long total = source.count();
      try (OpenSearchStore target = OpenSearchStore.open(settings)) {
        RuntimeException cut = new IllegalStateException("interrupted");
        assertThatThrownBy(
                () ->
                    new Migration(source, target, checkpoint)
                        .run(
                            p -> {
                              if (p.seen() == 1_200) {
                                throw cut;
                              }
                            }))
            .isSameAs(cut);
        assertThat(Files.readString(checkpoint).strip()).isEqualTo(1_000 + " " + total);
      }
      try (OpenSearchStore target = OpenSearchStore.open(settings)) {
        Migration.Progress done = new Migration(source, target, checkpoint).run(p -> {});
        assertThat(done.skipped()).isEqualTo(1_000);
        assertThat(done.added() + done.already()).isEqualTo(total - 1_000);
        assertThat(done.failed()).isZero();
        assertThat(target.count()).isEqualTo(total);
        assertThat(ids(target)).isEqualTo(ids(source));
        assertThat(target.get(ContractDocuments.copy().id()).orElseThrow().duplicateOf())
            .isEqualTo(ContractDocuments.seeds().getFirst().id());
        target.dropIndex();
      }
    }
  }

  private static Set<String> ids(DocumentStore store) {
    Set<String> ids = new HashSet<>();
    store.forEachMatch(SearchRequest.all().page(0, 0).withCopies(true), d -> ids.add(d.id()));
    return ids;
  }
}
