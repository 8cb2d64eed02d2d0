package org.vigie.opensearch;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentStoreContract;

/** The backend contract on the two-node test cluster, one fresh index per test. */
@ExtendWith(OpenSearchCluster.class)
@Order(1)
class OpenSearchStoreContractIT extends DocumentStoreContract {
  private static final AtomicInteger INDEXES = new AtomicInteger();
  private static LocalCluster cluster;

  @BeforeAll
  static void cluster(LocalCluster c) {
    cluster = c;
  }

  @Override
  protected DocumentStore newStore() {
    OpenSearchSettings settings =
        OpenSearchSettings.of(cluster.hosts(), "contract-" + INDEXES.incrementAndGet() + "-")
            .withLayout(1, 0);
    return OpenSearchStore.open(settings);
  }

  @Override
  protected void dispose(DocumentStore store) {
    ((OpenSearchStore) store).dropIndex();
    store.close();
  }
}
