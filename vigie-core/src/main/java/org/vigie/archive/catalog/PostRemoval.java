package org.vigie.archive.catalog;

import java.time.Instant;

/**
 * A post that a live source no longer shows: removal is itself a signal, so the document is kept.
 *
 * @param noticedAt when a page that should have shown it no longer did
 */
public record PostRemoval(String sourceId, Instant noticedAt) {}
