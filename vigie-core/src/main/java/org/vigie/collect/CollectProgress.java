package org.vigie.collect;

/**
 * Hears how far a collection has gone, for example to draw a progress bar. Called on the collecting
 * thread once before the first file and once after each file; keep it quick.
 */
@FunctionalInterface
public interface CollectProgress {

  /** A listener that ignores progress. */
  CollectProgress NONE = progress -> {};

  void update(Progress progress);

  /**
   * Where a collection stands. Totals come from a walk over the inputs before reading them.
   *
   * @param filesDone files finished (read, failed or skipped)
   * @param filesTotal files found
   * @param bytesDone size on disk of the files finished
   * @param bytesTotal size on disk of all files found
   * @param lastFile the file just finished, or {@code null} before the first
   */
  record Progress(int filesDone, int filesTotal, long bytesDone, long bytesTotal, String lastFile) {

    /** Whether every file has been handled. */
    public boolean finished() {
      return filesDone == filesTotal;
    }
  }
}
