package org.vigie.archive.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/** Thread-safe running counts of an ingest, turned into an {@link IngestReport} at the end. */
final class IngestTally {
  final AtomicLong added = new AtomicLong();
  final AtomicLong copies = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final AtomicLong warnings = new AtomicLong();
  private final Map<ErrorCause, Long> byCause = new EnumMap<>(ErrorCause.class);
  private final List<IngestError> errors = new ArrayList<>();

  void error(IngestError error) {
    (error.fatal() ? failed : warnings).incrementAndGet();
    synchronized (this) {
      byCause.merge(error.cause(), 1L, Long::sum);
      if (errors.size() < IngestReport.MAX_ERRORS) {
        errors.add(error);
      }
    }
  }

  synchronized IngestReport report(long millis) {
    return new IngestReport(
        added.get(),
        copies.get(),
        duplicates.get(),
        failed.get(),
        warnings.get(),
        byCause,
        errors,
        millis);
  }
}
