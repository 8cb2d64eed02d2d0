package org.vigie.archive.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.Archive;

/**
 * Backups started from the web and the API, run one at a time in the background into one folder the
 * server was given ({@code serve --backup-dir}); each goes into a new folder named by its start
 * time. The web never names a folder of its own: it cannot write elsewhere on the server. Keeps the
 * last jobs' states. Thread-safe.
 */
public final class BackupJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackupJobs.class);
  private static final int KEPT = 20;
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("'vigie-'yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Where a job stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /**
   * One backup.
   *
   * @param name its folder's name in the backups folder
   * @param progress the last step reported while it runs
   * @param documents the documents backed up (when done)
   * @param bytes the bytes of its files (when done)
   * @param error why it failed (when failed)
   */
  public record Job(
      String name,
      State state,
      Instant started,
      Instant finished,
      BackupProgress progress,
      long documents,
      long bytes,
      String error) {}

  private final Archive archive;
  private final Path folder;
  private final Clock clock;
  private final Deque<Job> jobs = new ArrayDeque<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().daemon().name("vigie-backup").unstarted(r));

  public BackupJobs(Archive archive, Path folder, Clock clock) {
    this.archive = archive;
    this.folder = folder.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** The folder backups go into. */
  public Path folder() {
    return folder;
  }

  /**
   * Starts a backup in the background.
   *
   * @throws BackupException when one is already under way
   */
  public synchronized Job start() {
    if (!jobs.isEmpty() && jobs.peekFirst().state() == State.RUNNING) {
      throw new BackupException("a backup is already under way: " + jobs.peekFirst().name());
    }
    Instant now = clock.instant();
    String name = freeName(NAME.format(now));
    Job job = new Job(name, State.RUNNING, now, null, null, 0, 0, null);
    jobs.addFirst(job);
    while (jobs.size() > KEPT) {
      jobs.removeLast();
    }
    worker.execute(() -> run(name));
    return job;
  }

  private String freeName(String base) {
    String name = base;
    for (int i = 2; Files.exists(folder.resolve(name)) || named(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private boolean named(String name) {
    return jobs.stream().anyMatch(j -> j.name().equals(name));
  }

  private void run(String name) {
    try {
      BackupManifest m = new ArchiveBackup(archive, p -> update(name, p)).to(folder.resolve(name));
      long bytes = m.files().stream().mapToLong(BackupManifest.Entry::bytes).sum();
      replace(
          name,
          j ->
              new Job(
                  name,
                  State.DONE,
                  j.started(),
                  clock.instant(),
                  j.progress(),
                  m.documents(),
                  bytes,
                  null));
    } catch (RuntimeException e) {
      LOG.warn("backup {} failed: {}", name, e.getMessage());
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      replace(
          name,
          j -> new Job(name, State.FAILED, j.started(), clock.instant(), j.progress(), 0, 0, why));
    }
  }

  private void update(String name, BackupProgress p) {
    replace(name, j -> new Job(name, j.state(), j.started(), null, p, 0, 0, null));
  }

  private synchronized void replace(String name, java.util.function.UnaryOperator<Job> change) {
    Deque<Job> next = new ArrayDeque<>();
    for (Job j : jobs) {
      next.addLast(j.name().equals(name) ? change.apply(j) : j);
    }
    jobs.clear();
    jobs.addAll(next);
  }

  /** The recent jobs, the latest first. */
  public synchronized List<Job> recent() {
    return List.copyOf(jobs);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
