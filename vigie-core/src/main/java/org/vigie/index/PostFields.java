package org.vigie.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Relation;
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
    Account account = doc.account();
    String platform = account != null ? account.platform() : null;
    if (platform == null && AnalyzedDocument.POST.equals(doc.type())) {
      platform = doc.site();
    }
    if (platform != null && !platform.isBlank()) {
      term(d, SearchFields.PLATFORM, platform);
      d.add(new SortedSetDocValuesField(SearchFields.PLATFORM, new BytesRef(lower(platform))));
    }
    if (account != null) {
      accountTerms(d, account);
    }
    relationTerms(d, doc);
  }

  private static void accountTerms(Document d, Account account) {
    Set<String> values = new LinkedHashSet<>();
    addIfPresent(values, account.id());
    addIfPresent(values, account.handle());
    values.forEach(v -> term(d, SearchFields.ACCOUNT, v));
    String shown = account.handle() != null ? account.handle() : account.id();
    if (shown != null) {
      d.add(new SortedSetDocValuesField(SearchFields.ACCOUNT, new BytesRef(shown)));
    }
  }

  private static void relationTerms(Document d, AnalyzedDocument doc) {
    Set<String> terms = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Relation r : doc.relations()) {
      String kind = r.kind().term();
      kinds.add(kind);
      terms.add(kind);
      Set<String> targets = new LinkedHashSet<>();
      addIfPresent(targets, r.target());
      if (r.account() != null) {
        addIfPresent(targets, r.account().id());
        addIfPresent(targets, r.account().handle());
        addIfPresent(targets, r.account().name());
      }
      targets.forEach(t -> terms.add(kind + ":" + t));
    }
    terms.forEach(t -> term(d, SearchFields.RELATION, t));
    kinds.forEach(k -> d.add(new SortedSetDocValuesField(SearchFields.RELATION, new BytesRef(k))));
  }

  private static void addIfPresent(Set<String> values, String value) {
    if (value != null && !value.isBlank()) {
      values.add(value.strip());
    }
  }

  private static void term(Document d, String field, String value) {
    d.add(new StringField(field, lower(value), Field.Store.NO));
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
