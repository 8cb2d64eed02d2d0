package org.vigie.link.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.store.TermVector;

/**
 * Puts articles into stories, one at a time: a new article joins the most similar story of the
 * recent window, or opens a new one. The work per article does not depend on the archive's size:
 * candidate stories are found through an inverted index of the window's stories by key terms (each
 * article's heaviest terms and entity names), the window holds only the stories active in the last
 * {@link Settings#retentionDays} days before the newest article seen, and inverse document
 * frequencies come from a fixed-size sketch.
 *
 * <p>Similarity is the cosine between the article's vector and the story's centroid: TF-IDF-like
 * weights (1 + ln tf) × idf of the words of its title and first paragraphs and of its entities'
 * canonical names, which count double ({@link StoryTerms}). An article joins a story when the
 * cosine reaches {@link Settings#threshold} and its day is at most {@link Settings#windowDays} days
 * from the story's span.
 *
 * <p>Not thread-safe: a store calls {@link #assign} under one lock, so that two articles about a
 * new event added together end in one story.
 */
public final class StoryClusterer {

  /**
   * @param windowDays how many days an article may lie outside a story's span and still join it
   * @param retentionDays how long, before the newest article seen, a story stays in the window
   * @param threshold the least cosine similarity for joining a story
   * @param vectorTerms how many terms an article's vector keeps
   * @param keyTerms how many of its heaviest terms find candidate stories
   * @param maxCandidates how many candidate stories are scored, those sharing most keys first
   */
  public record Settings(
      int windowDays,
      int retentionDays,
      double threshold,
      int vectorTerms,
      int keyTerms,
      int maxCandidates) {
    public Settings {
      if (windowDays < 0 || retentionDays < windowDays) {
        throw new IllegalArgumentException(
            "need 0 <= windowDays <= retentionDays: " + windowDays + ", " + retentionDays);
      }
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
    }
  }

  /** The settings Vigie uses: see docs/ARCHITECTURE.md. */
  public static final Settings STANDARD = new Settings(5, 10, 0.25, 40, 12, 50);

  private final Settings settings;
  private final DocumentFrequencySketch frequencies = new DocumentFrequencySketch();
  private final Map<String, StoryCentroid> stories = new HashMap<>();
  private final Map<String, Set<StoryCentroid>> byKey = new HashMap<>();
  private LocalDate newest;

  public StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  public static StoryClusterer standard() {
    return new StoryClusterer(STANDARD);
  }

  /** Puts a document in the best-matching story of the window, or in a new one. */
  public StoryAssignment assign(StoryDocument doc) {
    TermVector vector = weigh(doc.terms());
    List<String> keys = vector.top(settings.keyTerms());
    StoryCentroid best = null;
    double bestScore = 0;
    for (StoryCentroid story : candidates(keys, doc.date())) {
      double score = story.similarity(vector);
      if (score >= settings.threshold() && score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    boolean opened = best == null;
    StoryCentroid story = opened ? open(doc.id(), doc.date()) : best;
    join(story, doc, vector, keys);
    frequencies.add(doc.terms().keySet());
    return new StoryAssignment(
        story.id,
        opened,
        bestScore,
        story.size(),
        story.first(),
        story.last(),
        story.label(),
        vector);
  }

  /**
   * Replays a stored assignment, to rebuild the window when a store opens: the document joins the
   * story it was assigned to, with the vector it had.
   */
  public void restore(String storyId, StoryDocument doc, TermVector vector) {
    StoryCentroid story = stories.get(storyId);
    if (story == null) {
      story = open(storyId, doc.date());
    }
    join(story, doc, vector, vector.top(settings.keyTerms()));
    frequencies.add(List.of(vector.terms()));
  }

  /** How many stories the window holds. */
  public int activeStories() {
    return stories.size();
  }

  public Settings settings() {
    return settings;
  }

  private TermVector weigh(Map<String, Integer> counts) {
    Map<String, Double> weights = new HashMap<>();
    counts.forEach((term, tf) -> weights.put(term, (1 + Math.log(tf)) * frequencies.idf(term)));
    return TermVector.of(weights, settings.vectorTerms());
  }

  /** Window stories sharing keys with a document, within the date window, most shared first. */
  private List<StoryCentroid> candidates(List<String> keys, LocalDate day) {
    Map<StoryCentroid, Integer> shared = new HashMap<>();
    for (String key : keys) {
      for (StoryCentroid story : byKey.getOrDefault(key, Set.of())) {
        shared.merge(story, 1, Integer::sum);
      }
    }
    List<StoryCentroid> found = new ArrayList<>();
    shared.entrySet().stream()
        .filter(e -> e.getKey().distance(day) <= settings.windowDays())
        .sorted(Map.Entry.<StoryCentroid, Integer>comparingByValue().reversed())
        .limit(settings.maxCandidates())
        .forEach(e -> found.add(e.getKey()));
    return found;
  }

  private StoryCentroid open(String id, LocalDate day) {
    StoryCentroid story = new StoryCentroid(id, day);
    stories.put(id, story);
    return story;
  }

  private void join(StoryCentroid story, StoryDocument doc, TermVector vector, List<String> keys) {
    for (String key : story.add(doc, vector, keys)) {
      byKey.computeIfAbsent(key, k -> new HashSet<>()).add(story);
    }
    if (newest == null || doc.date().isAfter(newest)) {
      newest = doc.date();
      evictBefore(newest.minusDays(settings.retentionDays()));
    }
  }

  /** Drops the stories last active before a day; runs once per new newest day. */
  private void evictBefore(LocalDate day) {
    Iterator<StoryCentroid> it = stories.values().iterator();
    while (it.hasNext()) {
      StoryCentroid story = it.next();
      if (story.last().isBefore(day)) {
        it.remove();
        for (String key : story.keys()) {
          Set<StoryCentroid> set = byKey.get(key);
          set.remove(story);
          if (set.isEmpty()) {
            byKey.remove(key);
          }
        }
      }
    }
  }
}
