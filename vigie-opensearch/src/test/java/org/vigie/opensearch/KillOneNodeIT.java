package org.vigie.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.SearchRequest;
import org.vigie.store.ContractDocuments;

/**
 * With one replica of every shard, a node killed with SIGKILL in the middle of an ingest loses no
 * acknowledged document: the writer retries what the dead node did not answer on the survivor, and
 * every id the cluster acknowledged is found afterwards, once. Runs last: it leaves one node.
 */
@ExtendWith(OpenSearchCluster.class)
@Order(3)
class KillOneNodeIT {
  private static final int DOCUMENTS = 3_000;
  private static final int KILL_AFTER = 800;

  @Test
  void noAcknowledgedDocumentIsLostWhenANodeDies(LocalCluster cluster) throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    OpenSearchSettings settings = OpenSearchSettings.of(cluster.hosts(), "kill-").withLayout(2, 1);
    List<String> paragraphs =
        ContractDocuments.seeds().stream()
            .flatMap(d -> List.of(d.text().split("\n\n")).stream())
            .filter(p -> p.length() > 80)
            .toList();
    try (OpenSearchStore store = OpenSearchStore.open(settings, acknowledged::add)) {
      ArchiveWriter writer = ArchiveWriter.standard(store);
      ExecutorService ingest = Executors.newSingleThreadExecutor();
      Future<?> done =
          ingest.submit(
              () -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                  String text = paragraphs.get(i % paragraphs.size()) + "\n\nDépêche " + i + ".";
                  writer.add(
                      AnalyzedDocument.builder()
                          .id(ContentId.ofText(text))
                          .text(text)
                          .type(AnalyzedDocument.POST)
                          .sourceId("kill-test")
                          .published("2020-02-01")
                          .build());
                  if (i % 250 == 249) {
                    store.commit();
                  }
                }
                store.commit();
                return null;
              });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline && !done.isDone()) {
        Thread.sleep(50);
      }
      int victim = nonManagerNode(cluster);
      int before = acknowledged.size();
      cluster.kill(victim);
      assertThat(cluster.isAlive(victim)).isFalse();
      done.get(300, TimeUnit.SECONDS);
      ingest.shutdown();
      assertThat(before).as("acknowledged before the kill").isGreaterThan(0).isLessThan(DOCUMENTS);
      assertThat(acknowledged).hasSize(DOCUMENTS);
      Set<String> stored = new HashSet<>();
      store.forEachMatch(
          SearchRequest.all().page(0, 0).withCopies(true),
          d -> assertThat(stored.add(d.id())).as("stored once: " + d.id()).isTrue());
      assertThat(stored).containsAll(acknowledged);
      assertThat(store.count()).isEqualTo(acknowledged.size());
      System.out.printf(
          "killed %s after %d acknowledged of %d; all %d found once; writes %s%n",
          LocalCluster.nodeName(victim), before, DOCUMENTS, stored.size(), store.writeCounts());
    }
  }

  /** A node other than the elected cluster manager, so that the survivor keeps the cluster. */
  private static int nonManagerNode(LocalCluster cluster) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(cluster.url(0) + "/_cat/cluster_manager?h=node"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String manager = r.body().strip();
    for (int i = 0; i < cluster.size(); i++) {
      if (!LocalCluster.nodeName(i).equals(manager)) {
        return i;
      }
    }
    throw new IllegalStateException("every node is the cluster manager: " + manager);
  }
}
