package org.vigie.index;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.PostTerms;
import org.vigie.search.SearchFields;

/**
 * The index fields of a post: {@code platform}, {@code account} (its id and its handle) and {@code
 * relation} (each kind, and each kind with its target post, URL, tag, account id, handle or name),
 * all exact lower-case terms that a search filters on. Doc values keep the platform, the account
 * (handle, else id, as written) and the relation kinds countable as facets. The full records stay
 * in the stored JSON, for account graphs.
 */
final class PostFields {
  private PostFields() {}

  static void add(Document d, AnalyzedDocument doc) {
    String platform = PostTerms.platform(doc);
    if (platform != null) {
      term(d, SearchFields.PLATFORM, platform);
      d.add(new SortedSetDocValuesField(SearchFields.PLATFORM, new BytesRef(lower(platform))));
    }
    PostTerms.accountMatched(doc).forEach(v -> term(d, SearchFields.ACCOUNT, v));
    String shown = PostTerms.accountCounted(doc);
    if (shown != null) {
      d.add(new SortedSetDocValuesField(SearchFields.ACCOUNT, new BytesRef(shown)));
    }
    PostTerms.relationMatched(doc).forEach(t -> term(d, SearchFields.RELATION, t));
    PostTerms.relationCounted(doc)
        .forEach(k -> d.add(new SortedSetDocValuesField(SearchFields.RELATION, new BytesRef(k))));
  }

  private static void term(Document d, String field, String value) {
    d.add(new StringField(field, lower(value), Field.Store.NO));
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
