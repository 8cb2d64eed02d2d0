package org.vigie.analytics.influence;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Searcher;

/**
 * What one account did, from the archive: its posts per day, what they talk about (topics, people,
 * places, organisations, languages: the search facets), the hashtags and domains it shares, its
 * latest posts with their engagement and CrowdTangle-style overperformance, whom it amplifies (the
 * accounts its forwards, retweets and quotes carry) and who amplifies it (the accounts whose
 * forwards, retweets and quotes name it). Read through {@link Searcher}, the same on every backend.
 */
public final class AccountActivity {
  /** Latest posts listed. */
  public static final int POSTS_SHOWN = 30;

  private static final int TOP = 15;
  private static final List<String> FACETS =
      List.of(
          SearchFields.TOPIC,
          SearchFields.PERSON,
          SearchFields.PLACE,
          SearchFields.ORGANIZATION,
          SearchFields.LANGUAGE);

  /** A value and how many posts carry it. */
  public record Count(String value, long count) {}

  /** An account another one amplifies, or that amplifies it. */
  public record Peer(String platform, String id, String label, long count) {}

  /**
   * One of the latest posts with its engagement and overperformance ({@code null}: no baseline).
   */
  public record Post(
      String docId,
      String published,
      String text,
      Long views,
      Long shares,
      Long reactions,
      Long replies,
      Double score) {}

  /**
   * The report.
   *
   * @param query the search that finds its posts (links on the page)
   */
  public record Report(
      String query,
      long posts,
      Histogram perDay,
      Map<String, List<Count>> facets,
      List<Count> hashtags,
      List<Count> domains,
      List<Post> latest,
      List<Peer> amplifies,
      List<Peer> amplifiedBy) {}

  private AccountActivity() {}

  /** The query of an account's posts: {@code platform:"p" account:"id"}. */
  public static String query(String platform, String id) {
    return "platform:" + quoted(platform) + " account:" + quoted(id);
  }

  /** An account's posts per day. */
  public static Histogram perDay(Searcher searcher, String platform, String id) {
    return searcher.histogram(
        SearchRequest.matching(QueryParser.parse(query(platform, id))).withCopies(true),
        Interval.DAY);
  }

  public static Report of(Searcher searcher, String platform, String id, String handle) {
    String q = query(platform, id);
    SearchRequest posts = SearchRequest.matching(QueryParser.parse(q)).withCopies(true);
    SearchResult counted = searcher.search(posts.page(0, 0).withFacets(FACETS));
    Map<String, List<Count>> facets = new LinkedHashMap<>();
    for (SearchResult.Facet f : counted.facets()) {
      facets.put(
          f.field(),
          f.values().stream().limit(TOP).map(v -> new Count(v.value(), v.count())).toList());
    }
    Histogram perDay = searcher.histogram(posts, Interval.DAY);
    Map<String, Long> tags = new HashMap<>();
    Map<String, Long> domains = new HashMap<>();
    Map<String, Long> amplified = new HashMap<>();
    Map<String, Account> amplifiedAccount = new HashMap<>();
    List<AnalyzedDocument> all = new ArrayList<>();
    searcher.forEachMatch(
        posts,
        d -> {
          all.add(slim(d));
          for (Relation r : d.relations()) {
            switch (r.kind()) {
              case HASHTAG -> tags.merge("#" + r.target().toLowerCase(Locale.ROOT), 1L, Long::sum);
              case LINK -> {
                String host = host(r.target());
                if (host != null) {
                  domains.merge(host, 1L, Long::sum);
                }
              }
              case FORWARD, RETWEET, QUOTE -> {
                if (r.account() != null) {
                  String key = peerKey(platform, r.account());
                  amplified.merge(key, 1L, Long::sum);
                  amplifiedAccount.putIfAbsent(key, r.account());
                }
              }
              default -> {}
            }
          }
        });
    return new Report(
        q,
        counted.total(),
        perDay,
        facets,
        top(tags),
        top(domains),
        latest(all),
        peers(amplified, amplifiedAccount, platform),
        amplifiedBy(searcher, platform, id, handle));
  }

  /** Keeps what the report needs of a post (its text cut), so that memory stays small. */
  private static AnalyzedDocument slim(AnalyzedDocument d) {
    String text = d.text().strip().replaceAll("\\s+", " ");
    return d.toBuilder().text(text.length() <= 200 ? text : text.substring(0, 197) + "…").build();
  }

  private static List<Post> latest(List<AnalyzedDocument> all) {
    List<PostMetadata> metadata = new ArrayList<>();
    for (AnalyzedDocument d : all) {
      if (d.engagement() != null) {
        metadata.add(
            new PostMetadata(
                d.site() == null ? "" : d.site(),
                d.id(),
                d.account(),
                d.engagement(),
                d.relations(),
                d.published(),
                d.edited()));
      }
    }
    Map<String, Double> scores = new HashMap<>();
    for (Overperformance.PostScore s : Overperformance.scores(metadata)) {
      if (s.score() != null) {
        scores.put(s.postId(), s.score());
      }
    }
    all.sort(
        Comparator.comparing(
                AnalyzedDocument::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(AnalyzedDocument::id));
    List<Post> posts = new ArrayList<>();
    for (AnalyzedDocument d : all.subList(0, Math.min(POSTS_SHOWN, all.size()))) {
      var e = d.engagement();
      posts.add(
          new Post(
              d.id(),
              d.published(),
              d.text(),
              e == null ? null : e.views(),
              e == null ? null : e.shares(),
              e == null ? null : e.reactions(),
              e == null ? null : e.replies(),
              scores.get(d.id())));
    }
    return posts;
  }

  /** The accounts whose forwards, retweets or quotes name this one, with their counts. */
  private static List<Peer> amplifiedBy(
      Searcher searcher, String platform, String id, String handle) {
    List<String> clauses = new ArrayList<>();
    for (String kind : List.of("forward", "retweet", "quote")) {
      clauses.add("relation:" + quoted(kind + ":" + id));
      if (handle != null && !handle.isBlank()) {
        clauses.add("relation:" + quoted(kind + ":" + handle));
      }
    }
    String q = "platform:" + quoted(platform) + " (" + String.join(" OU ", clauses) + ")";
    Map<String, Long> counts = new HashMap<>();
    Map<String, Account> accounts = new HashMap<>();
    searcher.forEachMatch(
        SearchRequest.matching(QueryParser.parse(q)).withCopies(true),
        d -> {
          if (d.account() != null) {
            String key = peerKey(platform, d.account());
            counts.merge(key, 1L, Long::sum);
            accounts.putIfAbsent(key, d.account());
          }
        });
    return peers(counts, accounts, platform);
  }

  private static List<Peer> peers(
      Map<String, Long> counts, Map<String, Account> accounts, String platform) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(TOP)
        .map(
            e -> {
              Account a = accounts.get(e.getKey());
              String p = a.platform() != null ? a.platform().toLowerCase(Locale.ROOT) : platform;
              String id = a.id() != null && !a.id().isBlank() ? a.id() : a.handle();
              return new Peer(p, id, label(a, id), e.getValue());
            })
        .toList();
  }

  private static String peerKey(String platform, Account a) {
    String p = a.platform() != null ? a.platform().toLowerCase(Locale.ROOT) : platform;
    String id = a.id() != null && !a.id().isBlank() ? a.id() : String.valueOf(a.handle());
    return p + "/" + id;
  }

  private static String label(Account a, String fallback) {
    if (a.handle() != null && !a.handle().isBlank()) {
      return "@" + a.handle();
    }
    return a.name() != null && !a.name().isBlank() ? a.name() : fallback;
  }

  private static List<Count> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(TOP)
        .map(e -> new Count(e.getKey(), e.getValue()))
        .toList();
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\"", " ") + "\"";
  }
}
