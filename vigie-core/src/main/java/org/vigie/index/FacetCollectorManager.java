package org.vigie.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.vigie.search.SearchResult.Facet;
import org.vigie.search.SearchResult.FacetValue;

/**
 * Counts every matching document and, per facet field, the documents holding each value, from the
 * fields' sorted-set doc values. Ordinals are counted per segment in arrays and turned into strings
 * once per segment, so the cost per hit is an array increment.
 */
final class FacetCollectorManager
    implements CollectorManager<FacetCollectorManager.Counter, FacetCollectorManager.Counts> {
  private final List<String> fields;
  private final int maxValues;

  FacetCollectorManager(List<String> fields, int maxValues) {
    this.fields = List.copyOf(fields);
    this.maxValues = maxValues;
  }

  @Override
  public Counter newCollector() {
    return new Counter(fields);
  }

  @Override
  public Counts reduce(Collection<Counter> collectors) throws IOException {
    long total = 0;
    Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
    fields.forEach(f -> merged.put(f, new HashMap<>()));
    for (Counter c : collectors) {
      c.flush();
      total += c.total;
      c.values.forEach(
          (field, counts) -> counts.forEach((v, n) -> merged.get(field).merge(v, n, Long::sum)));
    }
    List<Facet> facets = new ArrayList<>();
    merged.forEach((field, counts) -> facets.add(new Facet(field, top(counts))));
    return new Counts(total, facets);
  }

  private List<FacetValue> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(maxValues)
        .map(e -> new FacetValue(e.getKey(), e.getValue()))
        .toList();
  }

  /** The number of matching documents and the facet counts. */
  record Counts(long total, List<Facet> facets) {}

  /** Collects one slice of the index, one segment at a time. */
  static final class Counter implements Collector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> values = new HashMap<>();
    private long total;
    private SortedSetDocValues[] current;
    private long[][] ordCounts;

    Counter(List<String> fields) {
      this.fields = fields;
      fields.forEach(f -> values.put(f, new HashMap<>()));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      flush();
      current = new SortedSetDocValues[fields.size()];
      ordCounts = new long[fields.size()][];
      for (int i = 0; i < fields.size(); i++) {
        current[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
        ordCounts[i] = new long[(int) Math.min(current[i].getValueCount(), Integer.MAX_VALUE - 8)];
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          for (int i = 0; i < current.length; i++) {
            SortedSetDocValues dv = current[i];
            if (dv.advanceExact(doc)) {
              for (int k = 0; k < dv.docValueCount(); k++) {
                ordCounts[i][(int) dv.nextOrd()]++;
              }
            }
          }
        }
      };
    }

    /** Turns the last segment's ordinal counts into value counts. */
    void flush() throws IOException {
      if (current == null) {
        return;
      }
      for (int i = 0; i < current.length; i++) {
        Map<String, Long> counts = values.get(fields.get(i));
        for (int ord = 0; ord < ordCounts[i].length; ord++) {
          if (ordCounts[i][ord] > 0) {
            counts.merge(current[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Long::sum);
          }
        }
      }
      current = null;
      ordCounts = null;
    }
  }
}
