package org.vigie.opensearch;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving test classes the module's one two-node {@link LocalCluster}: started by
 * the first class that asks, kept in the root context's store, stopped when the whole test run ends
 * (or by the JVM's shutdown hook when it is cut short).
 */
public final class OpenSearchCluster implements BeforeAllCallback, ParameterResolver {
  private static final int NODES = 2;

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster(context);
  }

  static LocalCluster cluster(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(OpenSearchCluster.class))
        .getOrComputeIfAbsent(
            "cluster", k -> new Resource(LocalCluster.start(NODES)), Resource.class)
        .cluster();
  }

  /** Closes the cluster with the root context. */
  @SuppressWarnings("deprecation")
  record Resource(LocalCluster cluster) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      cluster.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return cluster(context);
  }
}
