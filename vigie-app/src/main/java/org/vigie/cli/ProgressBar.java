package org.vigie.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.vigie.archive.ingest.IngestProgress;

/**
 * Draws ingest progress on the terminal: one line redrawn in place when the output is a terminal, a
 * plain line every few seconds otherwise (logs, CI). Thread-safe.
 */
final class ProgressBar {
  private static final int WIDTH = 28;
  private final PrintStream out;
  private final boolean interactive;
  private final Messages text;
  private final long intervalNanos;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintStream out, boolean interactive, Messages text) {
    this.out = out;
    this.interactive = interactive;
    this.text = text;
    this.intervalNanos = interactive ? 100_000_000L : 5_000_000_000L;
    this.lastDraw = System.nanoTime();
  }

  synchronized void update(IngestProgress p) {
    long now = System.nanoTime();
    if (now - lastDraw < intervalNanos) {
      return;
    }
    lastDraw = now;
    draw(p);
  }

  /** Draws the final state and ends the line. */
  synchronized void finish(IngestProgress p) {
    draw(p);
    if (interactive) {
      out.println();
    }
  }

  private void draw(IngestProgress p) {
    String line = render(p, (System.nanoTime() - startNanos) / 1e9);
    if (interactive) {
      out.print("\r" + line + "\u001b[K");
    } else {
      out.println(line);
    }
    out.flush();
    drawn = true;
  }

  boolean drawn() {
    return drawn;
  }

  String render(IngestProgress p, double seconds) {
    double fraction =
        p.bytesTotal() > 0 ? Math.min(1.0, (double) p.bytesDone() / p.bytesTotal()) : 0;
    int filled = (int) Math.round(fraction * WIDTH);
    String bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
    double mbPerSecond = seconds > 0 ? p.bytesDone() / 1e6 / seconds : 0;
    return String.format(
        Locale.ROOT,
        "%s %3.0f%% %s",
        bar,
        fraction * 100,
        text.get(
            "progress.line",
            p.filesDone(),
            p.filesTotal(),
            String.format(text.locale(), "%.1f", mbPerSecond),
            p.added(),
            p.duplicates(),
            p.failed()));
  }

  // --- reports (issue 18): a bar over the steps of a report's generation ---

  /** Draws a report's progress: steps done of all, and the step under way. */
  synchronized void step(int done, int total, String label) {
    double fraction = total > 0 ? Math.min(1.0, (double) done / total) : 0;
    int filled = (int) Math.round(fraction * WIDTH);
    String line =
        String.format(
            Locale.ROOT,
            "%s %3.0f%% %s",
            "█".repeat(filled) + "░".repeat(WIDTH - filled),
            fraction * 100,
            label);
    if (interactive) {
      out.print("\r" + line + "\u001b[K");
      if (done >= total) {
        out.println();
      }
    } else {
      out.println(line);
    }
    out.flush();
    drawn = true;
  }
}
