package org.vigie.archive.reports;

import java.util.List;

/**
 * A report being generated in the background: how far it is, then the files it made or why it
 * failed. Read by the progress bar and the Rapports page while it runs; thread-safe.
 */
public final class ReportJob {
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final long id;
  private volatile Status status = Status.QUEUED;
  private volatile int done;
  private volatile int total = 1;
  private volatile String step = "";
  private volatile List<ArchivedReport> files = List.of();
  private volatile String error;

  ReportJob(long id) {
    this.id = id;
  }

  public long id() {
    return id;
  }

  public Status status() {
    return status;
  }

  public int done() {
    return done;
  }

  public int total() {
    return total;
  }

  /** The step under way, a message key of the report bundle ({@code report.step.volume}…). */
  public String step() {
    return step;
  }

  public List<ArchivedReport> files() {
    return files;
  }

  public String error() {
    return error;
  }

  void at(int done, int total, String step) {
    this.status = Status.RUNNING;
    this.done = done;
    this.total = total;
    this.step = step;
  }

  void finished(List<ArchivedReport> made) {
    this.files = List.copyOf(made);
    this.done = total;
    this.status = Status.DONE;
  }

  void failed(String message) {
    this.error = message;
    this.status = Status.FAILED;
  }
}
