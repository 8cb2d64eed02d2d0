package org.vigie.archive.ingest;

import java.util.List;
import java.util.Map;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * What an ingest did.
 *
 * @param added documents stored for the first time, as originals
 * @param copies near-duplicates stored and linked to their original ({@code duplicateOf}), not
 *     counted again in searches
 * @param duplicates documents already stored (same content), not stored again
 * @param failed inputs skipped because of an error
 * @param warnings inputs ingested despite a problem
 * @param errorsByCause skipped inputs and warnings counted by cause
 * @param errors the problems themselves, in the order seen (the first {@link #MAX_ERRORS})
 * @param millis how long it took
 */
public record IngestReport(
    long added,
    long copies,
    long duplicates,
    long failed,
    long warnings,
    Map<ErrorCause, Long> errorsByCause,
    List<IngestError> errors,
    long millis) {

  /** Errors beyond this many are counted but not listed. */
  public static final int MAX_ERRORS = 100_000;

  public IngestReport {
    errorsByCause = Map.copyOf(errorsByCause);
    errors = List.copyOf(errors);
  }

  /** A report of nothing done. */
  public static IngestReport empty() {
    return new IngestReport(0, 0, 0, 0, 0, Map.of(), List.of(), 0);
  }

  /** Documents read, whatever became of them. */
  public long seen() {
    return added + copies + duplicates + failed;
  }
}
