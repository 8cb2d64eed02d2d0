package org.vigie.analytics.influence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;

/**
 * CrowdTangle-style overperformance: how a post did against the account's usual posts of the same
 * type. The expected interactions are the interquartile mean (the mean of the middle 50 %) of the
 * interactions of the account's previous {@value #BASELINE} posts of that type (published before
 * it; all of them when fewer). Interactions are shares + reactions + replies.
 *
 * <p>Score: {@code actual / expected} when the post did at least as well (100 against 50 gives
 * 2.0), otherwise {@code −expected / actual} (100 against 200 gives −2.0). Counts below one are
 * taken as one in both divisions, so no division is by zero, no score lies strictly between −1 and
 * 1, and a post with no interaction at all always scores negative: {@code −max(expected, 1)} (like
 * a post with one interaction).
 */
public final class Overperformance {
  /** How many previous posts make the baseline. */
  public static final int BASELINE = 100;

  private Overperformance() {}

  /**
   * One post's score.
   *
   * @param type {@link #typeOf}
   * @param expected the baseline's interquartile mean, or {@code null} without previous posts
   * @param score {@link #score}, or {@code null} without a baseline
   * @param baseline how many previous posts made the baseline
   */
  public record PostScore(
      String postId,
      String account,
      String type,
      long actual,
      Double expected,
      Double score,
      int baseline) {}

  /** The score of {@code actual} interactions against {@code expected}. */
  public static double score(double actual, double expected) {
    if (actual > 0 && actual >= expected) {
      return actual / Math.max(expected, 1);
    }
    return -Math.max(expected, 1) / Math.max(actual, 1);
  }

  /** The mean of the middle 50 %: a quarter (rounded down) dropped at each end. */
  public static double interquartileMean(long[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int cut = sorted.length / 4;
    double sum = 0;
    for (int i = cut; i < sorted.length - cut; i++) {
      sum += sorted[i];
    }
    return sum / (sorted.length - 2 * cut);
  }

  /**
   * The type a post is compared within: its first media's kind ({@code photo}, {@code native
   * video}…), else {@code link} when it links out, else {@code text}.
   */
  public static String typeOf(PostMetadata post) {
    boolean link = false;
    for (Relation r : post.relations()) {
      if (r.kind() == Relation.Kind.MEDIA && r.target() != null) {
        return r.target().toLowerCase(Locale.ROOT);
      }
      link |= r.kind() == Relation.Kind.LINK;
    }
    return link ? "link" : "text";
  }

  /**
   * The scores of the posts that report engagement, in publication order (posts without a date
   * after, in their order). The input may come in any order.
   */
  public static List<PostScore> scores(List<PostMetadata> posts) {
    List<PostMetadata> sorted = new ArrayList<>(posts);
    sorted.sort(
        Comparator.comparing(
            PostMetadata::published, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, Deque<Long>> previous = new HashMap<>();
    List<PostScore> out = new ArrayList<>();
    for (PostMetadata p : sorted) {
      if (p.engagement() == null) {
        continue;
      }
      long actual = interactions(p.engagement());
      String type = typeOf(p);
      Deque<Long> history =
          previous.computeIfAbsent(p.accountKey() + "\u0000" + type, k -> new ArrayDeque<>());
      Double expected =
          history.isEmpty()
              ? null
              : interquartileMean(history.stream().mapToLong(Long::longValue).toArray());
      Double score = expected == null ? null : score(actual, expected);
      out.add(
          new PostScore(p.postId(), p.accountKey(), type, actual, expected, score, history.size()));
      history.addLast(actual);
      if (history.size() > BASELINE) {
        history.removeFirst();
      }
    }
    return out;
  }

  static long interactions(Engagement e) {
    return InfluenceInput.orZero(e.shares())
        + InfluenceInput.orZero(e.reactions())
        + InfluenceInput.orZero(e.replies());
  }
}
