package org.vigie.link.topics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often a taxonomy's topics fall on a corpus of general news whose articles carry a section
 * label (sport, health, business, technology, politics): a measure of over-tagging on texts that
 * were not written for the taxonomy. Conflict and rights topics are those of the {@link
 * #CONFLICT_OR_RIGHTS} categories; an article outside politics that carries one is probably
 * mis-tagged.
 *
 * @param articles the articles counted
 * @param outsidePolitics the articles whose section is not politics
 * @param outsidePoliticsConflict of those, the ones with a conflict or rights topic
 * @param perTopic per topic id, in taxonomy order, the articles that carry it
 * @param outsidePoliticsPerTopic per conflict or rights topic, the articles outside politics that
 *     carry it
 */
public record TopicShares(
    int articles,
    int outsidePolitics,
    int outsidePoliticsConflict,
    Map<String, Integer> perTopic,
    Map<String, Integer> outsidePoliticsPerTopic) {

  /** The top-level categories whose topics are about conflict or human rights. */
  public static final Set<String> CONFLICT_OR_RIGHTS = Set.of("Paix et sécurité", "Droits humains");

  /** One article: its section label, its title (for listings) and its topics. */
  public record Tagged(String section, String title, List<String> topics) {}

  /**
   * Counts the tags of {@code articles}.
   *
   * @param politics the section label of politics articles ({@code politics})
   */
  public static TopicShares of(List<Topic> taxonomy, List<Tagged> articles, String politics) {
    Map<String, Integer> perTopic = new LinkedHashMap<>();
    Map<String, Integer> outsidePerTopic = new LinkedHashMap<>();
    taxonomy.forEach(t -> perTopic.put(t.id(), 0));
    Set<String> conflict = conflictOrRights(taxonomy);
    int outside = 0;
    int outsideConflict = 0;
    for (Tagged a : articles) {
      a.topics().forEach(t -> perTopic.merge(t, 1, Integer::sum));
      if (!politics.equals(a.section())) {
        outside++;
        outsideConflict += a.topics().stream().anyMatch(conflict::contains) ? 1 : 0;
        a.topics().stream()
            .filter(conflict::contains)
            .forEach(t -> outsidePerTopic.merge(t, 1, Integer::sum));
      }
    }
    return new TopicShares(articles.size(), outside, outsideConflict, perTopic, outsidePerTopic);
  }

  /** The ids of the topics whose first category is a conflict or rights one. */
  public static Set<String> conflictOrRights(List<Topic> taxonomy) {
    return taxonomy.stream()
        .filter(
            t -> !t.category().isEmpty() && CONFLICT_OR_RIGHTS.contains(t.category().getFirst()))
        .map(Topic::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The share of articles outside politics with a conflict or rights topic; 0 when none. */
  public double outsidePoliticsConflictShare() {
    return outsidePolitics == 0 ? 0 : (double) outsidePoliticsConflict / outsidePolitics;
  }

  /** The share of all articles that carry a topic; 0 when there are none. */
  public double share(String topic) {
    return articles == 0 ? 0 : (double) perTopic.getOrDefault(topic, 0) / articles;
  }
}
