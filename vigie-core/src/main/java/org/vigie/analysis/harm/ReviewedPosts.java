package org.vigie.analysis.harm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.document.DocumentJson;

/**
 * Reviewers' decisions as labelled posts, read from the review queue's JSON lines ({@code
 * /api/review/decisions}, {@code vigie review export}): {@code text} and {@code hostile} (confirmed
 * true, rejected false), of kind {@code harm}. A line without them, or not JSON, is skipped and
 * counted, and the file goes on.
 */
public final class ReviewedPosts {
  /** The data set name the posts carry. */
  public static final String DATASET = "reviews";

  /** The posts read and the lines skipped (their numbers, 1-based). */
  public record Read(List<LabeledPost> posts, List<Long> skipped) {}

  private ReviewedPosts() {}

  public static Read read(Path file) throws IOException {
    List<LabeledPost> posts = new ArrayList<>();
    List<Long> skipped = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        LabeledPost p = post(line, n);
        if (p == null) {
          skipped.add(n);
        } else {
          posts.add(p);
        }
      }
    }
    return new Read(posts, skipped);
  }

  /** One line as a post, or {@code null} when it is not a decision on hostile speech. */
  static LabeledPost post(String line, long n) {
    JsonNode o;
    try {
      o = DocumentJson.mapper().readTree(line);
    } catch (IOException e) {
      return null;
    }
    if (o == null
        || !o.path("text").isTextual()
        || o.path("text").asText().isBlank()
        || !o.path("hostile").isBoolean()
        || !o.path("kind").asText("harm").equals("harm")) {
      return null;
    }
    return new LabeledPost(DATASET, n, o.path("text").asText(), o.path("hostile").asBoolean());
  }
}
