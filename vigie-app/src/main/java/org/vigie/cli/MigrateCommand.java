package org.vigie.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.Migration;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie migrate --to opensearch --hosts h1:9200,...}: copies the embedded archive of the
 * data folder into another backend with a progress bar; run it again after an interruption and it
 * resumes from its checkpoint ({@code <data>/migrate-<backend>.checkpoint}).
 */
@Command(
    name = "migrate",
    description = "Copy the embedded archive into another backend (resumable).")
final class MigrateCommand implements Callable<Integer> {
  private static final int WIDTH = 28;

  @ParentCommand VigieCli cli;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "opensearch",
      description = "The backend to copy into (its options: --hosts, --index-prefix, --config…).")
  String to;

  @Override
  public Integer call() {
    Messages text = cli.messages();
    StoreConfig target = new BackendOptionsFor(cli, to).resolve();
    if (target.isEmbedded()) {
      throw new UserException("--to must name another backend than the embedded one");
    }
    Path checkpoint = cli.dataFolder().resolve("migrate-" + to + ".checkpoint");
    boolean interactive = System.console() != null;
    long start = System.nanoTime();
    long[] lastDraw = {0};
    try (Archive archive = Archive.open(cli.dataFolder());
        DocumentStore into = target.provider().open(cli.dataFolder(), target.options())) {
      Migration.Progress done =
          new Migration(archive.store(), into, checkpoint)
              .run(
                  p -> {
                    long now = System.nanoTime();
                    if (now - lastDraw[0] > (interactive ? 100_000_000L : 5_000_000_000L)) {
                      lastDraw[0] = now;
                      draw(text, p, start, interactive);
                    }
                  });
      draw(text, done, start, interactive);
      if (interactive) {
        cli.err.println();
      }
      cli.err.println(
          text.get(
              "migrate.done",
              done.total(),
              done.added(),
              done.already(),
              done.skipped(),
              done.failed(),
              String.format(text.locale(), "%.1f", (System.nanoTime() - start) / 1e9)));
      return done.failed() > 0 ? VigieCli.USAGE : VigieCli.OK;
    }
  }

  private void draw(Messages text, Migration.Progress p, long start, boolean interactive) {
    double fraction = p.total() > 0 ? Math.min(1.0, (double) p.seen() / p.total()) : 1;
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    String line =
        String.format(
            Locale.ROOT,
            "%s %3.0f%% %s",
            "█".repeat(filled) + "░".repeat(WIDTH - filled),
            fraction * 100,
            text.get(
                "migrate.line",
                p.seen(),
                p.total(),
                String.format(text.locale(), "%.0f", (p.seen() - p.skipped()) / seconds),
                p.added(),
                p.already(),
                p.failed()));
    if (interactive) {
      cli.err.print("\r" + line + "\u001b[K");
    } else {
      cli.err.println(line);
    }
    cli.err.flush();
  }

  /** Resolves the backend options as if {@code --backend} named the target. */
  private record BackendOptionsFor(VigieCli cli, String to) {
    StoreConfig resolve() {
      String saved = cli.backend.backend;
      cli.backend.backend = to;
      try {
        return cli.backend.resolve(cli.dataFolder());
      } finally {
        cli.backend.backend = saved;
      }
    }
  }
}
