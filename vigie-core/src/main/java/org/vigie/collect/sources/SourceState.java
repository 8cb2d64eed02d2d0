package org.vigie.collect.sources;

import java.time.Instant;

/**
 * How a registered source's runs have gone.
 *
 * @param enabled whether the scheduler runs it
 * @param lastRunAt when its last run started, or {@code null} if it never ran
 * @param lastSuccessAt when its last successful run ended, or {@code null}
 * @param lastErrorAt when its last failed run ended, or {@code null}
 * @param lastErrorMessage what went wrong the last time it failed, or {@code null}
 * @param lastErrorCause the category of that failure (an {@link org.vigie.document.ErrorCause} name
 *     or an exception's simple name), or {@code null}
 * @param consecutiveFailures failed runs since its last success
 * @param nextDueAt when the scheduler will run it next, or {@code null} when it has no schedule or
 *     is disabled
 * @param registeredAt when it was registered, or {@code null} when not known: Vigie has watched it
 *     since then, so it cannot have gone silent before
 */
public record SourceState(
    boolean enabled,
    Instant lastRunAt,
    Instant lastSuccessAt,
    Instant lastErrorAt,
    String lastErrorMessage,
    String lastErrorCause,
    int consecutiveFailures,
    Instant nextDueAt,
    Instant registeredAt) {

  /** Whether its latest run failed. */
  public boolean failing() {
    return consecutiveFailures > 0;
  }
}
