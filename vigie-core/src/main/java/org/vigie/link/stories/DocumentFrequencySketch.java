package org.vigie.link.stories;

/**
 * How many documents contain a term, estimated in a fixed amount of memory (a count-min sketch: two
 * rows of counters indexed by two hashes, the smaller count wins), so that inverse document
 * frequencies can be approximated without a dictionary that grows with the archive. Counts are
 * never under-estimated. Not thread-safe.
 */
final class DocumentFrequencySketch {
  private static final int BITS = 16;
  private static final int MASK = (1 << BITS) - 1;

  private final int[] first = new int[1 << BITS];
  private final int[] second = new int[1 << BITS];
  private long documents;

  /** Counts one document containing these distinct terms. */
  void add(Iterable<String> distinctTerms) {
    documents++;
    for (String term : distinctTerms) {
      int h = mix(term.hashCode());
      first[h & MASK]++;
      second[(h >>> BITS) & MASK]++;
    }
  }

  /** The estimated number of documents containing a term. */
  int frequency(String term) {
    int h = mix(term.hashCode());
    return Math.min(first[h & MASK], second[(h >>> BITS) & MASK]);
  }

  long documents() {
    return documents;
  }

  /** A smoothed inverse document frequency, at least {@code ln 2}. */
  double idf(String term) {
    return Math.log(1 + (documents + 1.0) / (frequency(term) + 1.0));
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
