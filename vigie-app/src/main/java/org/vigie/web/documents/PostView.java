package org.vigie.web.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.archive.accounts.AccountRegistry;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Engagement;
import org.vigie.document.Relation;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * A post shown as a post on its document page: its author (linking to the account page), platform,
 * engagement, what it forwards, answers or quotes, the links, hashtags and mentions it carries, and
 * the same text posted by other accounts ("même texte publié par 3 comptes").
 *
 * @param sameText the other accounts' posts of exactly this text (case, spacing and links aside)
 */
public record PostView(
    DocumentView.Link account,
    String platform,
    List<DocumentView.Field> engagement,
    List<DocumentView.Link> relations,
    List<DocumentView.Link> sameText,
    int sameTextAccounts) {

  /** Posts compared for the same text, at most. */
  static final int SAME_TEXT_SCAN = 200;

  /** The post view of a document, or null for an article. */
  static PostView of(AnalyzedDocument d, Searcher searcher, WebText t) {
    if (!AnalyzedDocument.POST.equals(d.type())) {
      return null;
    }
    DocumentView.Link account = account(d.site(), d.account());
    List<DocumentView.Field> engagement = new ArrayList<>();
    Engagement e = d.engagement();
    if (e != null) {
      add(engagement, t.t("post.views"), e.views(), t);
      add(engagement, t.t("post.shares"), e.shares(), t);
      add(engagement, t.t("post.reactions"), e.reactions(), t);
      add(engagement, t.t("post.replies"), e.replies(), t);
    }
    String platform =
        d.account() != null && d.account().platform() != null ? d.account().platform() : d.site();
    List<DocumentView.Link> relations = new ArrayList<>();
    for (Relation r : d.relations()) {
      DocumentView.Link link = relation(platform, r, t);
      if (link != null) {
        relations.add(link);
      }
    }
    Map<String, DocumentView.Link> same = sameText(d, searcher, t);
    return new PostView(
        account,
        platform,
        engagement,
        relations,
        List.copyOf(same.values()),
        same.size() + (same.isEmpty() ? 0 : 1));
  }

  private static DocumentView.Link account(String platform, Account a) {
    String[] key = AccountRegistry.key(platform, a);
    if (key == null) {
      return null;
    }
    String label =
        a.handle() != null && !a.handle().isBlank()
            ? "@"
                + a.handle()
                + (a.name() != null && !a.name().isBlank() && !a.name().equals(a.handle())
                    ? " (" + a.name() + ")"
                    : "")
            : a.name() != null && !a.name().isBlank() ? a.name() : key[1];
    return new DocumentView.Link(label, "/accounts/" + key[0] + "/" + SearchParams.encode(key[1]));
  }

  private static DocumentView.Link relation(String platform, Relation r, WebText t) {
    String kind = r.kind().term();
    return switch (r.kind()) {
      case FORWARD, RETWEET, QUOTE, REPLY, MENTION -> {
        DocumentView.Link who = r.account() == null ? null : account(platform, r.account());
        String target = who != null ? who.text() : r.target();
        if (target == null) {
          yield null;
        }
        yield new DocumentView.Link(
            t.t("post.relation." + kind, target), who != null ? who.href() : null);
      }
      case LINK ->
          r.target() == null
              ? null
              : new DocumentView.Link(t.t("post.relation.link", r.target()), r.target());
      case HASHTAG ->
          r.target() == null
              ? null
              : new DocumentView.Link(
                  "#" + r.target(),
                  "/?q="
                      + SearchParams.encode(
                          "relation:\"hashtag:" + r.target().toLowerCase(Locale.ROOT) + "\""));
      case MEDIA ->
          r.target() == null || r.target().startsWith("dhash:")
              ? null
              : new DocumentView.Link(t.t("post.relation.media", r.target()), null);
    };
  }

  /**
   * Other accounts' posts whose text, folded (case, spacing, links), is this one's: found by a
   * search of its longest words, then compared; one link per account.
   */
  private static Map<String, DocumentView.Link> sameText(
      AnalyzedDocument d, Searcher searcher, WebText t) {
    Map<String, DocumentView.Link> found = new LinkedHashMap<>();
    String mine = fold(d.text());
    String[] key = AccountRegistry.key(d.site(), d.account());
    if (mine.split(" ").length < 4 || mine.length() > 2000 || key == null) {
      return found;
    }
    try {
      // its longest words, all required, find the candidates; the folded texts decide
      String words =
          java.util.Arrays.stream(mine.split(" "))
              .filter(w -> w.length() >= 4)
              .distinct()
              .sorted(java.util.Comparator.comparingInt(String::length).reversed())
              .limit(6)
              .collect(java.util.stream.Collectors.joining(" "));
      if (words.isEmpty()) {
        return found;
      }
      SearchRequest request =
          SearchRequest.matching(
                  new Query.And(
                      List.of(
                          org.vigie.search.QueryParser.parse(words),
                          new Query.Term(SearchFields.TYPE, AnalyzedDocument.POST))))
              .withCopies(true)
              .page(0, SAME_TEXT_SCAN);
      for (var hit : searcher.search(request).hits()) {
        AnalyzedDocument other = hit.document();
        String[] otherKey = AccountRegistry.key(other.site(), other.account());
        if (other.id().equals(d.id()) || otherKey == null || !fold(other.text()).equals(mine)) {
          continue;
        }
        String who = otherKey[0] + "/" + otherKey[1];
        if (who.equals(key[0] + "/" + key[1]) || found.containsKey(who)) {
          continue;
        }
        DocumentView.Link account = account(other.site(), other.account());
        String date = other.published() == null ? "" : " · " + t.date(other.published());
        found.put(who, new DocumentView.Link(account.text() + date, "/documents/" + other.id()));
      }
    } catch (RuntimeException e) {
      // a text the query language cannot hold as a phrase: no comparison, nothing wrong shown
    }
    return found;
  }

  static String fold(String text) {
    return text.replaceAll("(?:https?://|www\\.)\\S+", " ")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static void add(List<DocumentView.Field> fields, String label, Long n, WebText t) {
    if (n != null) {
      fields.add(new DocumentView.Field(label, t.number(n)));
    }
  }
}
