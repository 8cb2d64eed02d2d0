package org.vigie.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.vigie.search.SearchResult.Facet;
import org.vigie.search.SearchResult.FacetValue;

/**
 * Counts every matching document and, per facet field, the documents holding each value, from the
 * fields' sorted-set doc values. Values are counted by their global ordinal ({@link
 * GlobalOrdinals}) in one array per field, so the cost per hit is a lookup and an increment; only
 * the values shown are turned into strings. Values with the same count come in byte order, as on
 * the OpenSearch backend.
 */
final class FacetCollectorManager
    implements CollectorManager<FacetCollectorManager.Counter, FacetCollectorManager.Counts> {
  private final List<GlobalOrdinals.Field> fields;
  private final List<String> names;
  private final int maxValues;

  FacetCollectorManager(
      IndexReader reader, List<String> fields, int maxValues, GlobalOrdinals ordinals) {
    this.names = List.copyOf(fields);
    this.fields = names.stream().map(f -> ordinals.of(reader, f)).toList();
    this.maxValues = maxValues;
  }

  @Override
  public Counter newCollector() {
    return new Counter(names, fields);
  }

  @Override
  public Counts reduce(Collection<Counter> collectors) throws IOException {
    long total = 0;
    int[][] merged = null;
    for (Counter c : collectors) {
      total += c.total;
      if (merged == null) {
        merged = c.counts;
      } else {
        for (int i = 0; i < merged.length; i++) {
          for (int g = 0; g < merged[i].length; g++) {
            merged[i][g] += c.counts[i][g];
          }
        }
      }
    }
    List<Facet> facets = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      facets.add(new Facet(names.get(i), merged == null ? List.of() : top(i, merged[i])));
    }
    return new Counts(total, facets);
  }

  /**
   * The {@code maxValues} most frequent values, most frequent first, ties in value order: a scan of
   * the counts with a small min-heap of (count, ordinal) pairs, then only those decoded.
   */
  private List<FacetValue> top(int field, int[] counts) throws IOException {
    long[] heap = new long[maxValues];
    int size = 0;
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] == 0) {
        continue;
      }
      // a greater key is better: more documents, then a smaller ordinal
      long key = ((long) counts[g] << 32) | (Integer.MAX_VALUE - g);
      if (size < maxValues) {
        heap[size] = key;
        siftUp(heap, size++);
      } else if (key > heap[0]) {
        heap[0] = key;
        siftDown(heap, size);
      }
    }
    long[] best = Arrays.copyOf(heap, size);
    Arrays.sort(best);
    long[] ords = new long[size];
    for (int i = 0; i < size; i++) {
      ords[i] = Integer.MAX_VALUE - (int) (best[size - 1 - i] & 0xFFFF_FFFFL);
    }
    String[] decoded = fields.get(field).values(ords);
    List<FacetValue> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(new FacetValue(decoded[i], best[size - 1 - i] >>> 32));
    }
    return values;
  }

  private static void siftUp(long[] heap, int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heap[parent] <= heap[i]) {
        return;
      }
      long t = heap[parent];
      heap[parent] = heap[i];
      heap[i] = t;
      i = parent;
    }
  }

  private static void siftDown(long[] heap, int size) {
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        return;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[i] <= heap[child]) {
        return;
      }
      long t = heap[child];
      heap[child] = heap[i];
      heap[i] = t;
      i = child;
    }
  }

  /** The number of matching documents and the facet counts. */
  record Counts(long total, List<Facet> facets) {}

  /** Collects one slice of the index, one segment at a time, into global-ordinal counts. */
  static final class Counter implements Collector {
    private final List<String> names;
    private final List<GlobalOrdinals.Field> fields;
    private final int[][] counts;
    private long total;

    Counter(List<String> names, List<GlobalOrdinals.Field> fields) {
      this.names = names;
      this.fields = fields;
      this.counts = new int[fields.size()][];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new int[Math.toIntExact(fields.get(i).valueCount())];
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int n = names.size();
      SortedSetDocValues[] values = new SortedSetDocValues[n];
      LongValues[] toGlobal = new LongValues[n];
      for (int i = 0; i < n; i++) {
        values[i] = DocValues.getSortedSet(context.reader(), names.get(i));
        toGlobal[i] = fields.get(i).toGlobal(context.ord);
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          for (int i = 0; i < n; i++) {
            SortedSetDocValues dv = values[i];
            if (dv.advanceExact(doc)) {
              int[] c = counts[i];
              LongValues map = toGlobal[i];
              for (int k = dv.docValueCount(); k > 0; k--) {
                c[(int) map.get(dv.nextOrd())]++;
              }
            }
          }
        }
      };
    }
  }
}
