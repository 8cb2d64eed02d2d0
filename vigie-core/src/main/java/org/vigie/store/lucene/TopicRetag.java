package org.vigie.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.vigie.document.AnalyzedDocument;
import org.vigie.link.dedup.NearDuplicateDetector;
import org.vigie.search.SearchFields;
import org.vigie.search.lucene.IndexFields;
import org.vigie.store.LinkedDocument;
import org.vigie.store.Signature;
import org.vigie.store.StoryRecord;

/**
 * One topic's re-tagging over a searcher's view of the archive: the documents whose tag must change
 * are found with two boolean queries (matching and untagged, tagged and no longer matching), then
 * each is rewritten with its topics changed, keeping its near-duplicate and story records.
 */
public final class TopicRetag {

  /** Told how far the work is: documents rewritten so far, and how many will be. */
  @FunctionalInterface
  public interface Progress {
    void update(long done, long total);
  }

  /** What a re-tag changed. */
  public record Result(long gained, long lost) {}

  private final IndexSearcher searcher;
  private final IndexWriter writer;
  private final NearDuplicateDetector detector;

  TopicRetag(IndexSearcher searcher, IndexWriter writer, NearDuplicateDetector detector) {
    this.searcher = searcher;
    this.writer = writer;
    this.detector = detector;
  }

  Result run(String topicId, Query matches, Progress progress) throws IOException {
    Query tagged = new TermQuery(new Term(SearchFields.TOPIC, topicId));
    List<Integer> gain = docs(but(matches, tagged));
    List<Integer> lose = docs(but(tagged, matches));
    long total = gain.size() + lose.size();
    progress.update(0, total);
    long done = 0;
    for (int doc : gain) {
      rewrite(doc, topicId, true);
      progress.update(++done, total);
    }
    for (int doc : lose) {
      rewrite(doc, topicId, false);
      progress.update(++done, total);
    }
    return new Result(gain.size(), lose.size());
  }

  private static Query but(Query wanted, Query excluded) {
    return new BooleanQuery.Builder()
        .add(wanted, Occur.FILTER)
        .add(excluded, Occur.MUST_NOT)
        .build();
  }

  private List<Integer> docs(Query query) throws IOException {
    List<Integer> docs = new ArrayList<>();
    searcher.search(
        query,
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            docs.add(base + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return docs;
  }

  private void rewrite(int doc, String topicId, boolean add) throws IOException {
    StoredFields stored = searcher.storedFields();
    AnalyzedDocument before = LuceneDocuments.load(stored, doc);
    TreeSet<String> topics = new TreeSet<>(before.topics());
    if (add) {
      topics.add(topicId);
    } else {
      topics.remove(topicId);
    }
    AnalyzedDocument after = before.toBuilder().topics(List.copyOf(topics)).build();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    Optional<Signature> signature = Optional.empty();
    BinaryDocValues minhash = DocValues.getBinary(leaf.reader(), IndexFields.MINHASH);
    if (minhash.advanceExact(local)) {
      signature = Optional.of(CandidateBytes.read(minhash.binaryValue()).signature());
    }
    StoryRecord storyRecord = null;
    NumericDocValues size = DocValues.getNumeric(leaf.reader(), IndexFields.STORY_SIZE);
    if (size.advanceExact(local)) {
      storyRecord = LuceneStories.record(searcher, doc);
    }
    List<String> keys = signature.map(detector::bandKeys).orElse(List.of());
    writer.updateDocument(
        new Term(SearchFields.ID, after.id()),
        LuceneDocuments.of(new LinkedDocument(after, signature, keys, storyRecord)));
  }
}
