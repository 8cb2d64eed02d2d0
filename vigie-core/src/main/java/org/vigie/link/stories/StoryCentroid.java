package org.vigie.link.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.store.TermVector;

/**
 * One story of the clusterer's window: the sum of its documents' vectors (pruned to its heaviest
 * terms so that it stays small however long the story runs), its days, size, the keys it is found
 * by, and a few members to choose its label from. Mutable; owned by {@link StoryClusterer}.
 */
final class StoryCentroid {
  private static final int MAX_TERMS = 200;
  private static final int MAX_KEYS = 64;
  private static final int MAX_MEMBERS = 12;

  private record Member(String title, TermVector vector) {}

  final String id;
  private final Map<String, Double> sum = new HashMap<>();
  private final Set<String> keys = new LinkedHashSet<>();
  private final List<Member> members = new ArrayList<>();
  private double norm;
  private LocalDate first;
  private LocalDate last;
  private int size;
  private String label = "";

  StoryCentroid(String id, LocalDate day) {
    this.id = id;
    this.first = day;
    this.last = day;
  }

  /** Cosine similarity of a unit-length vector with this centroid. */
  double similarity(TermVector vector) {
    return norm == 0 ? 0 : vector.dot(sum) / norm;
  }

  /** Days between a day and this story's span; 0 inside it. */
  long distance(LocalDate day) {
    if (day.isBefore(first)) {
      return first.toEpochDay() - day.toEpochDay();
    }
    return Math.max(0, day.toEpochDay() - last.toEpochDay());
  }

  /** Adds a document; answers the keys the story is newly found by. */
  List<String> add(StoryDocument doc, TermVector vector, List<String> docKeys) {
    for (int i = 0; i < vector.size(); i++) {
      sum.merge(vector.terms()[i], (double) vector.weights()[i], Double::sum);
    }
    if (sum.size() > 2 * MAX_TERMS) {
      prune();
    }
    norm = Math.sqrt(sum.values().stream().mapToDouble(w -> w * w).sum());
    first = doc.date().isBefore(first) ? doc.date() : first;
    last = doc.date().isAfter(last) ? doc.date() : last;
    size++;
    members.add(new Member(doc.title(), vector));
    relabel();
    List<String> added = new ArrayList<>();
    for (String key : docKeys) {
      if (keys.size() < MAX_KEYS && keys.add(key)) {
        added.add(key);
      }
    }
    return added;
  }

  private void prune() {
    List<Map.Entry<String, Double>> kept = new ArrayList<>(sum.entrySet());
    kept.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    sum.clear();
    kept.subList(0, MAX_TERMS).forEach(e -> sum.put(e.getKey(), e.getValue()));
  }

  /** The label is the title of the most central member; the least central is dropped when full. */
  private void relabel() {
    members.sort(Comparator.comparingDouble((Member m) -> -similarity(m.vector())));
    if (members.size() > MAX_MEMBERS) {
      members.remove(members.size() - 1);
    }
    label = members.stream().map(Member::title).filter(t -> !t.isBlank()).findFirst().orElse(label);
  }

  Set<String> keys() {
    return keys;
  }

  LocalDate first() {
    return first;
  }

  LocalDate last() {
    return last;
  }

  int size() {
    return size;
  }

  String label() {
    return label;
  }
}
