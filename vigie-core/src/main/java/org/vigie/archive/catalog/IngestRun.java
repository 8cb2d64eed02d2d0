package org.vigie.archive.catalog;

import java.time.Instant;

/** One recorded ingest: when, what, and what came of it. */
public record IngestRun(
    long id,
    String sourceId,
    Instant startedAt,
    Instant finishedAt,
    String status,
    String inputs,
    long added,
    long copies,
    long duplicates,
    long failed,
    long warnings) {}
