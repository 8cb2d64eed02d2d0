package org.vigie.store;

import java.time.LocalDate;

/**
 * What a store keeps of an article's story assignment: the story's state just after the article
 * joined, the article's day, title and weighted terms. Read for a story's summary (the record of
 * its largest size) and to rebuild the clusterer's window when an archive opens.
 */
public record StoryRecord(StorySummary story, LocalDate day, String title, TermVector vector) {}
