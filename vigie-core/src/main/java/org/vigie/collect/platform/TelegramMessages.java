package org.vigie.collect.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.document.Account;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;
import org.vigie.document.Relation;

/** One Telegram export message as a post (see {@link TelegramExport}). */
final class TelegramMessages {
  private TelegramMessages() {}

  /**
   * The post of one message, or {@code null} for a service message or one without text.
   *
   * @throws BadRecordException when the message has no id, a bad date or a bad count, or a field of
   *     the wrong type ({@code "text": 42}, {@code "views": {…}})
   */
  static RawDocument toPost(
      ExportFile file, String origin, String chatId, String chatName, boolean channel, JsonNode m)
      throws BadRecordException {
    if (!m.isObject()) {
      throw BadRecordException.malformed("expected an object, got " + kind(m));
    }
    if (!"message".equals(JsonRecords.string(m, "type"))) {
      return null;
    }
    String id = JsonRecords.scalar(m, "id");
    if (id == null) {
      throw BadRecordException.malformed("no 'id'");
    }
    List<Relation> relations = new ArrayList<>();
    String body = body(m, relations);
    if (body.isBlank()) {
      return null;
    }
    String chat = chatId != null ? chatId : String.valueOf(chatName);
    relations.addAll(0, context(m, chat));
    media(m, relations);
    imageHash(file, m, relations);
    PostMetadata post =
        new PostMetadata(
            TelegramExport.PLATFORM,
            chat + "/" + id,
            author(m, chatId, chatName, channel),
            Posts.engagement(
                count(m, "views"), count(m, "forwards"), reactions(m), count(m, "replies")),
            relations,
            time(m, "date"),
            time(m, "edited"));
    return Posts.document(file, origin, body, null, null, post);
  }

  /**
   * The text, and the relations its entities carry.
   *
   * @throws BadRecordException when {@code text} is neither a string nor an array of strings and
   *     entities, or an entity's own {@code text} is not a string
   */
  private static String body(JsonNode m, List<Relation> relations) throws BadRecordException {
    JsonNode text = m.get("text");
    StringBuilder out = new StringBuilder();
    if (text == null || text.isNull()) {
      return "";
    }
    if (text.isTextual()) {
      out.append(text.textValue());
      m.path("text_entities").forEach(e -> entity(e, relations));
    } else if (text.isArray()) {
      int index = 0;
      for (JsonNode part : text) {
        out.append(part(part, index++));
        entity(part, relations);
      }
    } else {
      throw JsonRecords.wrongType("text", text, "a string or an array of parts");
    }
    return out.toString();
  }

  /** One part of a text array: a plain string or an entity with its own {@code text}. */
  private static String part(JsonNode part, int index) throws BadRecordException {
    if (part.isTextual()) {
      return part.textValue();
    }
    if (!part.isObject()) {
      throw JsonRecords.wrongType("text[" + index + "]", part, "a string or an entity");
    }
    JsonNode text = part.get("text");
    if (text == null || text.isNull()) {
      return "";
    }
    if (!text.isTextual()) {
      throw JsonRecords.wrongType("text[" + index + "].text", text, "a string");
    }
    return text.textValue();
  }

  private static void entity(JsonNode part, List<Relation> relations) {
    if (!part.isObject()) {
      return;
    }
    String value = part.path("text").asText("").strip();
    switch (part.path("type").asText("")) {
      case "link" -> addIf(relations, value.isEmpty() ? null : Relation.link(value));
      case "text_link" -> {
        String href = part.path("href").asText("").strip();
        addIf(relations, href.isEmpty() ? null : Relation.link(href));
      }
      case "hashtag" -> {
        String tag = value.startsWith("#") ? value.substring(1) : value;
        addIf(relations, tag.isEmpty() ? null : Relation.hashtag(tag.toLowerCase(Locale.ROOT)));
      }
      case "mention" -> {
        String handle = value.startsWith("@") ? value.substring(1) : value;
        if (!handle.isEmpty()) {
          relations.add(
              Relation.mention(
                  handle, new Account(TelegramExport.PLATFORM, null, handle, null, null)));
        }
      }
      case "mention_name" -> {
        String userId = part.hasNonNull("user_id") ? "user" + part.get("user_id").asText() : null;
        Account who = new Account(TelegramExport.PLATFORM, userId, null, value, null);
        relations.add(new Relation(Relation.Kind.MENTION, null, who));
      }
      default -> {}
    }
  }

  /** What the message answers or passes on: FORWARD and REPLY. */
  private static List<Relation> context(JsonNode m, String chat) {
    List<Relation> relations = new ArrayList<>();
    String forwardedFrom = text(m, "forwarded_from");
    String forwardedId = text(m, "forwarded_from_id");
    if (forwardedFrom != null || forwardedId != null) {
      Account origin = new Account(TelegramExport.PLATFORM, forwardedId, null, forwardedFrom, null);
      relations.add(new Relation(Relation.Kind.FORWARD, null, origin));
    }
    String replyTo = text(m, "reply_to_message_id");
    if (replyTo != null) {
      String peer = text(m, "reply_to_peer_id");
      String replyChat = peer != null ? peer : chat;
      relations.add(new Relation(Relation.Kind.REPLY, replyChat + "/" + replyTo, null));
    }
    return relations;
  }

  private static void media(JsonNode m, List<Relation> relations) {
    String photo = text(m, "photo");
    if (photo != null) {
      relations.add(new Relation(Relation.Kind.MEDIA, photo, null));
    }
    String file = text(m, "file");
    String mediaType = text(m, "media_type");
    if (file != null || mediaType != null) {
      String kept = file != null && !file.startsWith("(") ? file : null;
      String target = kept != null ? kept : mediaType != null ? mediaType : "file";
      relations.add(new Relation(Relation.Kind.MEDIA, target, null));
    }
  }

  /**
   * The perceptual hash of the message's photo when the export holds the file (beside it, inside
   * its folder: a name that climbs out of it is ignored), as a second MEDIA relation {@code
   * dhash:…}: the same picture posted by several accounts is then one object for coordination.
   */
  private static void imageHash(ExportFile file, JsonNode m, List<Relation> relations) {
    String photo = text(m, "photo");
    if (photo == null || photo.startsWith("(") || file.path() == null) {
      return;
    }
    java.nio.file.Path folder = file.path().toAbsolutePath().normalize().getParent();
    if (folder == null) {
      return;
    }
    java.nio.file.Path image;
    try {
      image = folder.resolve(photo).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return;
    }
    if (!image.startsWith(folder)) {
      return;
    }
    String hash = ImageHash.of(image);
    if (hash != null) {
      relations.add(new Relation(Relation.Kind.MEDIA, hash, null));
    }
  }

  /** The author: {@code from}/{@code from_id}, or in a channel without them, the channel. */
  private static Account author(JsonNode m, String chatId, String chatName, boolean channel) {
    String name = text(m, "from");
    String id = text(m, "from_id");
    if (name == null && id == null) {
      if (!channel) {
        return null;
      }
      name = chatName;
      id = chatId == null ? null : "channel" + chatId;
    }
    return new Account(TelegramExport.PLATFORM, id, null, name, null);
  }

  /** {@code date_unixtime} (or {@code edited_unixtime}), else the zone-less {@code date}. */
  private static String time(JsonNode m, String field) throws BadRecordException {
    String unix = JsonRecords.scalar(m, field + "_unixtime");
    if (unix != null) {
      return Posts.fromEpochSeconds(field + "_unixtime", unix);
    }
    String local = JsonRecords.scalar(m, field);
    return local == null ? null : Posts.fromLocalDateTime(field, local);
  }

  private static Long count(JsonNode m, String field) throws BadRecordException {
    return JsonRecords.count(m, field);
  }

  /** The sum of {@code reactions[].count}. */
  private static Long reactions(JsonNode m) throws BadRecordException {
    JsonNode reactions = m.get("reactions");
    if (reactions == null || !reactions.isArray()) {
      return null;
    }
    long sum = 0;
    for (JsonNode r : reactions) {
      Long n = count(r, "count");
      sum += n == null ? 0 : n;
    }
    return sum;
  }

  private static String text(JsonNode m, String field) {
    return JsonRecords.text(m, field);
  }

  private static void addIf(List<Relation> relations, Relation r) {
    if (r != null) {
      relations.add(r);
    }
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
