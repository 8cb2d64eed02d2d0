package org.vigie.collect.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.document.Account;
import org.vigie.document.ErrorCause;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;
import org.vigie.document.Relation.Kind;

/** A CSV row or a JSON object read through a {@link FieldMapping} into a post. */
final class MappedPosts {
  /** Media types that are no media: a text or a link post. */
  private static final Set<String> NOT_MEDIA = Set.of("status", "link", "text", "post");

  /** The values of one record by column or key. */
  @FunctionalInterface
  interface Row {
    /** The value of a column, or {@code null} when the record has none. */
    String get(String column);
  }

  private MappedPosts() {}

  /** A row read as the kind of record the user asked for. */
  static RawDocument toRecord(
      RecordKind kind,
      ExportFile file,
      String origin,
      FieldMapping mapping,
      String platform,
      Row row)
      throws BadRecordException {
    return kind == RecordKind.ARTICLE
        ? toArticle(file, origin, mapping, row)
        : toPost(file, origin, mapping, platform, row);
  }

  /**
   * A row read as a news article: its text, title, URL, publication date, author and language as
   * hints, its site from the URL's host ({@code www.} dropped); no post metadata, so that the
   * article rules apply (extraction, near-duplicates, stories).
   */
  static RawDocument toArticle(ExportFile file, String origin, FieldMapping mapping, Row row)
      throws BadRecordException {
    String text = value(mapping, "text", row);
    if (text == null) {
      throw new BadRecordException(
          ErrorCause.NO_TEXT, "no text in " + mapping.field("text").columns());
    }
    String url = value(mapping, "url", row);
    RawDocument plain = Posts.document(file, origin, text, url, value(mapping, "title", row), null);
    var hints = new HashMap<>(plain.hints());
    String published = ExportDates.parse("published", value(mapping, "published", row));
    putIfPresent(hints, RawDocument.Hint.PUBLISHED, published);
    String author = value(mapping, "author", row);
    putIfPresent(
        hints,
        RawDocument.Hint.AUTHOR,
        author != null ? author : value(mapping, "account.name", row));
    String language = value(mapping, "language", row);
    if (language != null && language.length() == 3) {
      hints.put(RawDocument.Hint.LANGUAGE, language.toLowerCase(Locale.ROOT));
    }
    putIfPresent(hints, RawDocument.Hint.SITE, site(url));
    return new RawDocument(
        plain.origin(),
        plain.sourceId(),
        plain.url(),
        plain.fetchedAt(),
        plain.contentType(),
        plain.charset(),
        plain.content(),
        hints,
        null);
  }

  /** The host of an article's URL without {@code www.}, or {@code null}. */
  static String site(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void putIfPresent(java.util.Map<String, String> hints, String key, String value) {
    if (value != null && !value.isBlank()) {
      hints.put(key, value.strip());
    }
  }

  static RawDocument toPost(
      ExportFile file, String origin, FieldMapping mapping, String platform, Row row)
      throws BadRecordException {
    String text = value(mapping, "text", row);
    if (text == null) {
      throw new BadRecordException(
          ErrorCause.NO_TEXT, "no text in " + mapping.field("text").columns());
    }
    String where = value(mapping, "platform", row);
    String onPlatform = where != null ? where.toLowerCase(Locale.ROOT) : platform;
    String url = value(mapping, "url", row);
    String id = value(mapping, "id", row);
    String postId = id != null ? id : url != null ? url : origin;
    List<Relation> relations = relations(mapping, row, text, onPlatform);
    PostMetadata post =
        new PostMetadata(
            onPlatform,
            postId,
            account(mapping, row, onPlatform),
            Posts.engagement(
                count(mapping, "views", row),
                count(mapping, "shares", row),
                count(mapping, "reactions", row),
                count(mapping, "replies", row)),
            relations,
            ExportDates.parse("published", value(mapping, "published", row)),
            null);
    RawDocument document =
        Posts.document(file, origin, text, url, value(mapping, "title", row), post);
    String language = value(mapping, "language", row);
    if (language != null && language.length() == 3) {
      var hints = new HashMap<>(document.hints());
      hints.put(RawDocument.Hint.LANGUAGE, language.toLowerCase(Locale.ROOT));
      return new RawDocument(
          document.origin(),
          document.sourceId(),
          document.url(),
          document.fetchedAt(),
          document.contentType(),
          document.charset(),
          document.content(),
          hints,
          post);
    }
    return document;
  }

  private static Account account(FieldMapping mapping, Row row, String platform)
      throws BadRecordException {
    String id = value(mapping, "account.id", row);
    String handle = value(mapping, "account.handle", row);
    String name = value(mapping, "account.name", row);
    if (name == null) {
      name = value(mapping, "author", row);
    }
    Long followers = count(mapping, "account.followers", row);
    if (handle != null && handle.startsWith("@")) {
      handle = handle.substring(1);
    }
    return id == null && handle == null && name == null
        ? null
        : new Account(platform, id, handle, name, followers);
  }

  private static List<Relation> relations(
      FieldMapping mapping, Row row, String text, String platform) {
    List<Relation> relations = new ArrayList<>();
    String forwarded = value(mapping, "forwarded_from", row);
    if (forwarded != null) {
      Account origin = new Account(platform, null, forwarded.replaceFirst("^@", ""), null, null);
      relations.add(new Relation(Kind.FORWARD, null, origin));
    }
    String replyTo = value(mapping, "reply_to", row);
    if (replyTo != null) {
      relations.add(new Relation(Kind.REPLY, replyTo, null));
    }
    String quoted = value(mapping, "quoted", row);
    if (quoted != null) {
      relations.add(new Relation(Kind.QUOTE, quoted, null));
    }
    TextRelations.addTo(relations, text, platform);
    String link = value(mapping, "link", row);
    if (link != null && !relations.contains(Relation.link(link))) {
      relations.add(Relation.link(link));
    }
    String media = value(mapping, "media", row);
    if (media != null && !NOT_MEDIA.contains(media.toLowerCase(Locale.ROOT))) {
      relations.add(new Relation(Kind.MEDIA, media.toLowerCase(Locale.ROOT), null));
    }
    return relations;
  }

  /** The first non-blank value of the field's columns, or {@code null}. */
  private static String value(FieldMapping mapping, String field, Row row) {
    FieldMapping.Field f = mapping.field(field);
    if (f == null) {
      return null;
    }
    for (String column : f.columns()) {
      String v = row.get(column);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** A count: the first column's, or the sum of all columns' for a summed field. */
  private static Long count(FieldMapping mapping, String field, Row row) throws BadRecordException {
    FieldMapping.Field f = mapping.field(field);
    if (f == null) {
      return null;
    }
    Long total = null;
    for (String column : f.columns()) {
      Long n = Posts.count(column, row.get(column));
      if (n != null && !f.summed()) {
        return n;
      }
      if (n != null) {
        total = (total == null ? 0 : total) + n;
      }
    }
    return total;
  }
}
