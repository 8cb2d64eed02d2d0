package org.vigie.link.stories;

import java.time.LocalDate;
import org.vigie.store.StorySummary;
import org.vigie.store.TermVector;

/**
 * The story a document was put in, and that story's state just after it joined.
 *
 * @param storyId the story's id (the id of the document that opened it)
 * @param opened whether the document opened a new story
 * @param similarity the document's similarity to the story it joined (0 when it opened one)
 * @param size the story's number of documents, this one included
 * @param first the story's first day
 * @param last the story's last day
 * @param label the title of the story's most central document
 * @param vector the document's weighted terms, kept to rebuild the clusterer's window
 */
public record StoryAssignment(
    String storyId,
    boolean opened,
    double similarity,
    int size,
    LocalDate first,
    LocalDate last,
    String label,
    TermVector vector) {

  /** The story as a summary. */
  public StorySummary summary() {
    return new StorySummary(storyId, label, first, last, size);
  }
}
