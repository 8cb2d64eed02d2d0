package org.vigie.link.stories;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the story clusterer knows of an article: its id, its publication day, its title and the raw
 * counts of its terms ({@link StoryTerms}: words of the title and first paragraphs, entity names).
 *
 * @param id the document's id
 * @param date its publication day
 * @param title its headline (or first line), used for the story's label
 * @param terms raw term counts
 */
public record StoryDocument(String id, LocalDate date, String title, Map<String, Integer> terms) {
  public StoryDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    title = title == null ? "" : title;
    terms = Map.copyOf(terms);
  }
}
