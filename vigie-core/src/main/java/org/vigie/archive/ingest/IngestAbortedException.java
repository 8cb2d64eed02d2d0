package org.vigie.archive.ingest;

import org.vigie.document.UserError;

/**
 * An ingest that stopped before the end because the archive could not be written (a full disk, a
 * broken index): what was committed before stays, nothing after the last commit is kept, and {@link
 * #report()} says what the run did until then. Thrown after every worker has stopped. A user error:
 * once space is freed (or the index repaired), running the same ingest again completes it.
 */
public final class IngestAbortedException extends RuntimeException implements UserError {
  private static final long serialVersionUID = 1L;
  private final transient IngestReport report;

  IngestAbortedException(Throwable cause, IngestReport report) {
    super("ingest stopped: the archive cannot be written: " + rootMessage(cause), cause);
    this.report = report;
  }

  /** What the run did before it stopped. */
  public IngestReport report() {
    return report;
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == t ? message : t.getMessage() + " (" + message + ")";
  }
}
