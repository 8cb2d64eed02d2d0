package org.vigie.archive.ingest;

/**
 * How far an ingest has come; published regularly while it runs.
 *
 * @param filesDone input files read so far
 * @param filesTotal input files found
 * @param bytesDone bytes of input read so far
 * @param bytesTotal bytes of input found
 * @param added documents stored so far
 * @param duplicates documents found already stored
 * @param failed inputs skipped so far
 */
public record IngestProgress(
    long filesDone,
    long filesTotal,
    long bytesDone,
    long bytesTotal,
    long added,
    long duplicates,
    long failed) {}
