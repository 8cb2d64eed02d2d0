package org.vigie.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.vigie.search.IndexedValues;
import org.vigie.search.SearchFields;
import org.vigie.search.Sort;
import org.vigie.search.lucene.IndexFields;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;

/** The story records of the embedded index, read for summaries and to rebuild the clusterer. */
final class LuceneStories {
  /** The most recent story documents read when listing stories. */
  private static final int RECENT_STORY_DOCUMENTS = 2_000;

  private static final Query ASSIGNED = new FieldExistsQuery(IndexFields.STORY_SIZE);

  private LuceneStories() {}

  static Optional<LocalDate> newestDay(IndexSearcher searcher) throws IOException {
    TopDocs newest = searcher.search(ASSIGNED, 1, LuceneSearch.sort(Sort.NEWEST));
    return newest.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(record(searcher, newest.scoreDocs[0].doc).day());
  }

  static List<StoryRecord> from(IndexSearcher searcher, LocalDate day) throws IOException {
    long from = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    Query window =
        new BooleanQuery.Builder()
            .add(ASSIGNED, Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(IndexFields.PUBLISHED_MILLIS, from, Long.MAX_VALUE),
                Occur.FILTER)
            .build();
    int n = Math.max(1, searcher.count(window));
    List<StoryRecord> records = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(window, n).scoreDocs) {
      records.add(record(searcher, hit.doc));
    }
    return records;
  }

  static Optional<StorySummary> story(IndexSearcher searcher, String id) throws IOException {
    return latestRecord(searcher, id).map(StoryRecord::story);
  }

  static List<StorySummary> recent(IndexSearcher searcher, int limit) throws IOException {
    TopDocs recent =
        searcher.search(ASSIGNED, RECENT_STORY_DOCUMENTS, LuceneSearch.sort(Sort.NEWEST));
    Set<String> ids = new LinkedHashSet<>();
    for (ScoreDoc hit : recent.scoreDocs) {
      ids.add(record(searcher, hit.doc).story().id());
    }
    List<StorySummary> stories = new ArrayList<>();
    for (String id : ids) {
      latestRecord(searcher, id)
          .map(StoryRecord::story)
          .filter(s -> s.size() >= 2)
          .ifPresent(stories::add);
    }
    stories.sort(
        Comparator.comparing(StorySummary::last).thenComparingInt(StorySummary::size).reversed());
    return stories.subList(0, Math.min(limit, stories.size()));
  }

  /** The record of the story's latest join: the one with the largest size. */
  private static Optional<StoryRecord> latestRecord(IndexSearcher searcher, String id)
      throws IOException {
    SortField bySize = new SortField(IndexFields.STORY_SIZE, SortField.Type.LONG, true);
    Term story = new Term(SearchFields.STORY, IndexedValues.normalize(SearchFields.STORY, id));
    TopDocs top =
        searcher.search(new TermQuery(story), 1, new org.apache.lucene.search.Sort(bySize));
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(record(searcher, top.scoreDocs[0].doc));
  }

  static StoryRecord record(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexFields.STORY_RECORD);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has a story size but no story record");
    }
    return StoryBytes.read(values.binaryValue());
  }
}
