package org.vigie.collect;

import java.util.Map;
import org.vigie.document.ErrorCause;

/**
 * What one collection did.
 *
 * @param files files found by the walk
 * @param documents documents delivered
 * @param problems errors and warnings reported, by cause
 */
public record CollectSummary(int files, int documents, Map<ErrorCause, Integer> problems) {
  public CollectSummary {
    problems = Map.copyOf(problems);
  }

  /** All errors and warnings together. */
  public int problemCount() {
    return problems.values().stream().mapToInt(Integer::intValue).sum();
  }
}
