package org.vigie.archive.backup;

/**
 * How far a backup, restore or check has gone.
 *
 * @param step what is being done ({@link Step})
 * @param done bytes (or documents, for {@link Step#DOCUMENTS}) done in this step
 * @param total bytes (or documents) the step has to do; 0 when not known
 */
public record BackupProgress(Step step, long done, long total) {
  /** The steps, in the order they run. */
  public enum Step {
    /** commit the index and copy the catalog, writes paused */
    SNAPSHOT,
    /** copy files (index, WARC, reports) */
    FILES,
    /** check the documents of the copy or of the archive */
    DOCUMENTS,
    /** write the manifest */
    MANIFEST
  }
}
