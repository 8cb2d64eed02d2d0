package org.vigie.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One numbering of a keyword field's values across all the segments of a reader, so facets count
 * into one array and decode only the values they show. Built once per reader and field, on the
 * first search that asks (the cost of merging the segments' value lists), and dropped when the
 * reader closes. Thread-safe.
 */
final class GlobalOrdinals {
  private final Map<IndexReader.CacheKey, Map<String, Field>> byReader = new ConcurrentHashMap<>();

  /** The field's global numbering in this reader. */
  Field of(IndexReader reader, String field) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return Field.build(reader, field);
    }
    Map<String, Field> fields =
        byReader.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(byReader::remove);
              return new ConcurrentHashMap<>();
            });
    return fields.computeIfAbsent(field, f -> Field.build(reader, f));
  }

  /** How many readers have numberings cached (for tests). */
  int cachedReaders() {
    return byReader.size();
  }

  /**
   * A field's values numbered across the segments of one reader, in their byte order: a lower
   * global ordinal is a smaller value.
   */
  static final class Field {
    private final String name;
    private final List<LeafReaderContext> leaves;

    /** Null when the reader has at most one segment: the segment's own ordinals are global. */
    private final OrdinalMap map;

    private final long valueCount;

    private Field(String name, List<LeafReaderContext> leaves, OrdinalMap map, long valueCount) {
      this.name = name;
      this.leaves = leaves;
      this.map = map;
      this.valueCount = valueCount;
    }

    static Field build(IndexReader reader, String name) {
      List<LeafReaderContext> leaves = reader.leaves();
      try {
        if (leaves.size() <= 1) {
          long count =
              leaves.isEmpty()
                  ? 0
                  : DocValues.getSortedSet(leaves.getFirst().reader(), name).getValueCount();
          return new Field(name, leaves, null, count);
        }
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = DocValues.getSortedSet(leaves.get(i).reader(), name);
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        OrdinalMap map =
            OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
        return new Field(name, leaves, map, map.getValueCount());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot number the values of field " + name, e);
      }
    }

    /** How many distinct values the field has in the reader. */
    long valueCount() {
      return valueCount;
    }

    /** Maps a segment's ordinals (by its position among the reader's leaves) to global ones. */
    LongValues toGlobal(int leaf) {
      return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
    }

    /**
     * The values with these global ordinals, in the same order. They are read segment by segment in
     * ordinal order, so the values of one compressed block of the terms dictionary are read with
     * one decompression.
     */
    String[] values(long[] globalOrds) throws IOException {
      int n = globalOrds.length;
      int[] leaf = new int[n];
      long[] ord = new long[n];
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        leaf[i] = map == null ? 0 : map.getFirstSegmentNumber(globalOrds[i]);
        ord[i] = map == null ? globalOrds[i] : map.getFirstSegmentOrd(globalOrds[i]);
        order[i] = i;
      }
      Arrays.sort(
          order, Comparator.<Integer>comparingInt(i -> leaf[i]).thenComparingLong(i -> ord[i]));
      String[] values = new String[n];
      SortedSetDocValues dv = null;
      int dvLeaf = -1;
      for (int i : order) {
        if (leaf[i] != dvLeaf) {
          dvLeaf = leaf[i];
          dv = DocValues.getSortedSet(leaves.get(dvLeaf).reader(), name);
        }
        BytesRef bytes = dv.lookupOrd(ord[i]);
        values[i] = bytes.utf8ToString();
      }
      return values;
    }
  }
}
