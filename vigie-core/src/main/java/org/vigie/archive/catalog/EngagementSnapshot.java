package org.vigie.archive.catalog;

import java.time.Instant;
import org.vigie.document.Engagement;

/**
 * A post's counts as a live source showed them at one time.
 *
 * @param sourceId the source whose page showed them
 */
public record EngagementSnapshot(Instant seenAt, String sourceId, Engagement engagement) {}
