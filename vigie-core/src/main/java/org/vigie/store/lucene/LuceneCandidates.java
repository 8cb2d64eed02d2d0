package org.vigie.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.search.lucene.IndexFields;
import org.vigie.store.DuplicateCandidate;

/**
 * The near-duplicate candidates of the embedded index: searchable documents sharing band keys, the
 * ones sharing most first. Reads the band keys' postings directly rather than through a scored
 * query (this runs once per article ingested).
 */
final class LuceneCandidates {
  /** Near-duplicate candidates verified per new article, those sharing most band keys first. */
  static final int MAX_CANDIDATES = 20;

  /**
   * Documents read per band key. A key shared by many documents is a story copied many times: any
   * of its copies leads to the same original (a copy is linked to the original, not to another
   * copy), so reading all of them would make each new copy cost more as the archive grows (a 1 000
   * 000-document ingest of a few hundred articles' copies ran 40 % slower per document than a 10
   * 000-document one).
   */
  static final int MAX_POSTINGS_PER_KEY = 64;

  /**
   * Once a document shares half the band keys, the later segments are not read: such a document is
   * a near-duplicate beyond doubt, and it leads to the same original as any other copy. Without
   * this, each copy sought its 42 keys in every segment (a quarter of a 1 000 000-document ingest).
   */
  private static final double SURE_SHARE = 0.5;

  private LuceneCandidates() {}

  static List<DuplicateCandidate> of(IndexSearcher searcher, List<String> keys) throws IOException {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<BytesRef> terms = keys.stream().map(BytesRef::new).sorted().toList();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, Integer> shared = sharedKeys(leaves, terms);
    List<Map.Entry<Integer, Integer>> best = new ArrayList<>(shared.entrySet());
    best.sort(
        Map.Entry.<Integer, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<DuplicateCandidate> candidates = new ArrayList<>();
    for (Map.Entry<Integer, Integer> hit : best.subList(0, Math.min(MAX_CANDIDATES, best.size()))) {
      int doc = hit.getKey();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexFields.MINHASH);
      if (values.advanceExact(doc - leaf.docBase)) {
        candidates.add(CandidateBytes.read(values.binaryValue()));
      }
    }
    return candidates;
  }

  /** Per document (global id), how many of the keys it has, at most a bounded read per key. */
  private static Map<Integer, Integer> sharedKeys(
      List<LeafReaderContext> leaves, List<BytesRef> terms) throws IOException {
    Map<Integer, Integer> shared = new HashMap<>();
    int[] read = new int[terms.size()];
    int sure = (int) Math.ceil(terms.size() * SURE_SHARE);
    int most = 0;
    for (LeafReaderContext leaf : leaves) {
      if (most >= sure) {
        break;
      }
      Terms field = leaf.reader().terms(IndexFields.LSH);
      if (field == null) {
        continue;
      }
      TermsEnum termsEnum = field.iterator();
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = null;
      for (int t = 0; t < terms.size(); t++) {
        if (read[t] >= MAX_POSTINGS_PER_KEY || !termsEnum.seekExact(terms.get(t))) {
          continue;
        }
        postings = termsEnum.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS && read[t] < MAX_POSTINGS_PER_KEY;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            most = Math.max(most, shared.merge(leaf.docBase + doc, 1, Integer::sum));
            read[t]++;
          }
        }
      }
    }
    return shared;
  }
}
