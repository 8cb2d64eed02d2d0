package org.vigie.store.lucene;

import java.io.IOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.search.SearchFields;
import org.vigie.search.lucene.IndexFields;
import org.vigie.search.lucene.LuceneFields;
import org.vigie.store.LinkedDocument;

/**
 * A linked document as one Lucene document and back: its searchable fields ({@link LuceneFields}),
 * its id, its near-duplicate candidate record and band keys, its story record, and its JSON stored
 * without the text (stored once, with offsets, in the text field).
 */
final class LuceneDocuments {
  private LuceneDocuments() {}

  static Document of(LinkedDocument linked) {
    AnalyzedDocument doc = linked.document();
    Document d = LuceneFields.searchable(doc);
    d.add(new StringField(SearchFields.ID, doc.id(), Field.Store.NO));
    linked
        .signature()
        .ifPresent(
            s ->
                d.add(
                    new BinaryDocValuesField(
                        IndexFields.MINHASH,
                        CandidateBytes.write(doc.id(), doc.duplicateOf(), s))));
    linked.bandKeys().forEach(k -> d.add(new StringField(IndexFields.LSH, k, Field.Store.NO)));
    if (linked.story() != null) {
      d.add(new BinaryDocValuesField(IndexFields.STORY_RECORD, StoryBytes.write(linked.story())));
      d.add(new NumericDocValuesField(IndexFields.STORY_SIZE, linked.story().story().size()));
    }
    d.add(
        new StoredField(IndexFields.SOURCE, DocumentJson.write(doc.toBuilder().text("").build())));
    return d;
  }

  static AnalyzedDocument load(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    AnalyzedDocument withoutText = DocumentJson.read(d.get(IndexFields.SOURCE));
    return withoutText.toBuilder().text(d.get(IndexFields.TEXT_STORED)).build();
  }
}
