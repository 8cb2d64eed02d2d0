package org.vigie.analytics.influence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.document.Account;
import org.vigie.document.Engagement;
import org.vigie.document.PostMetadata;
import org.vigie.document.Relation;

/**
 * The edges and account profiles a list of posts gives: every forward, retweet, quote, mention and
 * reply whose other end is a known account becomes an edge of weight 1 from the post's author. A
 * reply or quote that names only the target post (a Telegram reply) is credited to that post's
 * author when the post is in the list. Self-relations (an account quoting itself) are dropped: they
 * say nothing about influence.
 *
 * @param profiles by key, in the order the accounts were first seen
 */
public record InfluenceInput(List<InfluenceEdge> edges, Map<String, AccountProfile> profiles) {

  public InfluenceInput {
    edges = List.copyOf(edges);
    profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
  }

  /** The edges and profiles of these posts; posts without an author are skipped. */
  public static InfluenceInput fromPosts(List<PostMetadata> posts) {
    AccountKeys keys = new AccountKeys();
    for (PostMetadata p : posts) {
      keys.learn(p.account());
      p.relations().forEach(r -> keys.learn(r.account()));
    }
    Map<String, String> authorOfPost = new java.util.HashMap<>();
    for (PostMetadata p : posts) {
      String author = keys.key(p.account());
      if (author != null) {
        authorOfPost.put(p.platform() + "\u0000" + p.postId(), author);
      }
    }
    Map<String, AccountProfile> profiles = new LinkedHashMap<>();
    List<InfluenceEdge> edges = new ArrayList<>();
    for (PostMetadata p : posts) {
      String author = keys.key(p.account());
      if (author == null) {
        continue;
      }
      profiles.merge(author, measured(author, p), InfluenceInput::combine);
      for (Relation r : p.relations()) {
        String target =
            r.account() != null
                ? keys.key(r.account())
                : authorOfPost.get(p.platform() + "\u0000" + r.target());
        if (target == null || target.equals(author)) {
          continue;
        }
        if (r.account() != null) {
          profiles.merge(target, AccountProfile.of(target, r.account()), InfluenceInput::combine);
        }
        edges.add(new InfluenceEdge(author, target, r.kind(), 1));
      }
    }
    return new InfluenceInput(edges, profiles);
  }

  private static AccountProfile measured(String key, PostMetadata p) {
    Engagement e = p.engagement();
    if (e == null) {
      return new AccountProfile(key, p.account(), 1, 0, 0, 0);
    }
    long interactions = orZero(e.shares()) + orZero(e.reactions()) + orZero(e.replies());
    return new AccountProfile(
        key, p.account(), 1, interactions, orZero(e.views()), e.views() == null ? 0 : 1);
  }

  private static AccountProfile combine(AccountProfile a, AccountProfile b) {
    return new AccountProfile(
        a.key(),
        merge(a.account(), b.account()),
        a.posts() + b.posts(),
        a.interactions() + b.interactions(),
        a.views() + b.views(),
        a.postsWithViews() + b.postsWithViews());
  }

  /** The first account's fields, completed by the second's; the larger follower count. */
  static Account merge(Account a, Account b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    Long followers = a.followers();
    if (followers == null || (b.followers() != null && b.followers() > followers)) {
      followers = b.followers();
    }
    return new Account(
        a.platform(),
        a.id() != null ? a.id() : b.id(),
        a.handle() != null ? a.handle() : b.handle(),
        a.name() != null ? a.name() : b.name(),
        followers);
  }

  static long orZero(Long n) {
    return n == null ? 0 : n;
  }
}
