package org.vigie.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;
import org.vigie.search.IndexedValues;
import org.vigie.search.SearchFields;

/**
 * The Lucene form of a document's searchable fields: its text, title and author analysed (words,
 * and words as written for phrases), its {@link IndexedValues} as exact terms (matched) and
 * sorted-set doc values (counted), its dates as points and doc values. What the embedded index
 * stores and what the topic monitor matches stored queries against, so that a topic matches a
 * document exactly as a search would.
 */
public final class LuceneFields {
  private LuceneFields() {}

  /** The fields a query can match, without the stored JSON and the link records. */
  public static Document searchable(AnalyzedDocument doc) {
    Document d = new Document();
    d.add(new Field(SearchFields.TEXT, doc.text(), IndexFields.TEXT_WITH_OFFSETS));
    d.add(exact(SearchFields.TEXT, doc.text()));
    if (doc.title() != null) {
      d.add(new TextField(SearchFields.TITLE, doc.title(), Field.Store.NO));
      d.add(exact(SearchFields.TITLE, doc.title()));
    }
    if (doc.author() != null) {
      d.add(new TextField(SearchFields.AUTHOR, doc.author(), Field.Store.NO));
      d.add(exact(SearchFields.AUTHOR, doc.author()));
    }
    IndexedValues values = IndexedValues.of(doc);
    values.matched().forEach((f, vs) -> vs.forEach(v -> d.add(term(f, v))));
    values.counted().forEach((f, vs) -> vs.forEach(v -> d.add(counted(f, v))));
    dates(d, doc);
    return d;
  }

  /** A full-text field's words as written, which phrases match ({@link FrenchTextAnalyzer}). */
  private static TextField exact(String field, String value) {
    return new TextField(FrenchTextAnalyzer.exact(field), value, Field.Store.NO);
  }

  private static void dates(Document d, AnalyzedDocument doc) {
    if (doc.fetchedAt() != null) {
      d.add(new NumericDocValuesField(IndexFields.FETCHED_MILLIS, doc.fetchedAt().toEpochMilli()));
    }
    if (doc.published() != null) {
      long millis = PublishedTime.toInstant(doc.published()).toEpochMilli();
      d.add(new LongPoint(IndexFields.PUBLISHED_MILLIS, millis));
      d.add(new NumericDocValuesField(IndexFields.PUBLISHED_MILLIS, millis));
    }
  }

  private static StringField term(String field, String value) {
    return new StringField(field, value, Field.Store.NO);
  }

  private static SortedSetDocValuesField counted(String field, String value) {
    return new SortedSetDocValuesField(field, new BytesRef(value));
  }
}
