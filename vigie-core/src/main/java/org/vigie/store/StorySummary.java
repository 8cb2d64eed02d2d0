package org.vigie.store;

import java.time.LocalDate;

/**
 * A story as lists show it.
 *
 * @param id the story's id: the id of the document that opened it
 * @param label the title of its most central document
 * @param first the publication day of its first document
 * @param last the publication day of its last document
 * @param size how many documents it has (near-duplicate copies not counted)
 */
public record StorySummary(String id, String label, LocalDate first, LocalDate last, int size) {}
