package org.vigie.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.vigie.archive.backup.BackupProgress;

/**
 * Draws a backup's, restore's or check's progress: one line redrawn in place on a terminal, a line
 * every few seconds otherwise, and a new line at each change of step. Thread-safe.
 */
final class BackupBar {
  private static final int WIDTH = 28;
  private final PrintStream out;
  private final boolean interactive;
  private final Messages text;
  private final long intervalNanos;
  private long lastDraw;
  private BackupProgress.Step step;
  private boolean open;

  BackupBar(PrintStream out, boolean interactive, Messages text) {
    this.out = out;
    this.interactive = interactive;
    this.text = text;
    this.intervalNanos = interactive ? 100_000_000L : 5_000_000_000L;
  }

  synchronized void update(BackupProgress p) {
    long now = System.nanoTime();
    boolean newStep = p.step() != step;
    if (!newStep && now - lastDraw < intervalNanos) {
      return;
    }
    if (newStep && open && interactive) {
      out.println();
    }
    step = p.step();
    lastDraw = now;
    draw(p);
  }

  /** Ends the line under way, before the summary. */
  synchronized void finish() {
    if (open && interactive) {
      out.println();
    }
    open = false;
  }

  private void draw(BackupProgress p) {
    double fraction = p.total() > 0 ? Math.min(1.0, (double) p.done() / p.total()) : 0;
    int filled = (int) Math.round(fraction * WIDTH);
    String label =
        switch (p.step()) {
          case FILES -> text.get(key(p), mb(p.done()), mb(p.total()));
          case DOCUMENTS -> text.get(key(p), p.done(), p.total());
          default -> text.get(key(p));
        };
    String line =
        String.format(
            Locale.ROOT,
            "%s %3.0f%% %s",
            "█".repeat(filled) + "░".repeat(WIDTH - filled),
            fraction * 100,
            label);
    if (interactive) {
      out.print("\r" + line + "\u001b[K");
    } else {
      out.println(line);
    }
    out.flush();
    open = true;
  }

  private static String key(BackupProgress p) {
    return "backup.step." + p.step().name();
  }

  private String mb(long bytes) {
    return String.format(text.locale(), "%.1f", bytes / 1e6);
  }
}
