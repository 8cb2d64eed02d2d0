package org.vigie.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.vigie.collect.DocumentSink;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * CPU time per document in each tenth of a run, to tell a cost that grows with the archive from the
 * JIT warming up: the collector's sink is wrapped and the process CPU time noted each time another
 * tenth of the documents is handed to the workers (their queue holds only a few dozen).
 */
final class Deciles {
  private final long n;
  private final long[] cpuAt = new long[11];
  private final AtomicLong handed = new AtomicLong();

  Deciles(long n) {
    this.n = n;
    cpuAt[0] = BenchLog.processCpuNanos();
  }

  DocumentSink counting(DocumentSink sink) {
    return new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        sink.accept(document);
        long k = handed.incrementAndGet();
        if (k % Math.max(1, n / 10) == 0 && k / Math.max(1, n / 10) < 10) {
          cpuAt[(int) (k / Math.max(1, n / 10))] = BenchLog.processCpuNanos();
        }
      }

      @Override
      public void reject(IngestError error) {
        sink.reject(error);
      }
    };
  }

  /** µs of CPU per document in each tenth; the last tenth ends at {@code cpuEnd}. */
  double[] cpuMicrosPerDocument(long cpuEnd) {
    cpuAt[10] = cpuEnd;
    double[] micros = new double[10];
    for (int d = 0; d < 10; d++) {
      micros[d] = (cpuAt[d + 1] - cpuAt[d]) / 1e3 / Math.max(1, n / 10);
    }
    return micros;
  }
}
