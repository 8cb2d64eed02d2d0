package org.vigie.collect.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns (CSV) or keys (JSON Lines, dotted for nested objects: {@code user.screen_name})
 * give each field of a post, as in {@code --map text=message --map account.handle=screen_name}.
 *
 * <p>The fields ({@link #FIELDS}): {@code text} (required), {@code id}, {@code url}, {@code
 * published}, {@code title}, {@code author} (the account's name when {@code account.name} is not
 * mapped), {@code language}, {@code platform}; {@code account.id}, {@code account.handle}, {@code
 * account.name}, {@code account.followers}; {@code views}, {@code shares}, {@code reactions},
 * {@code replies}; {@code link} (a LINK relation), {@code reply_to} (the post id it answers),
 * {@code forwarded_from} (the account it passes on), {@code quoted} (the post id it quotes), {@code
 * media} (its media kind or file). A field may name several columns: the first that is not blank in
 * a row gives its value, or, for a summed field, all are added up (reactions of several kinds).
 */
public record FieldMapping(Map<String, Field> fields) {

  /** The fields a mapping may fill. */
  public static final Set<String> FIELDS =
      Set.of(
          "text",
          "id",
          "url",
          "published",
          "title",
          "author",
          "language",
          "platform",
          "account.id",
          "account.handle",
          "account.name",
          "account.followers",
          "views",
          "shares",
          "reactions",
          "replies",
          "link",
          "reply_to",
          "forwarded_from",
          "quoted",
          "media");

  /** One field and the columns it is read from. */
  public record Field(String name, List<String> columns, boolean summed) {
    public Field {
      columns = List.copyOf(columns);
    }
  }

  public FieldMapping {
    fields = Map.copyOf(fields);
  }

  /**
   * A mapping from {@code field=column} pairs; a field given twice takes both columns, in order.
   *
   * @throws IllegalArgumentException naming a pair without {@code =}, an unknown field (listing the
   *     known ones), or a mapping without {@code text}
   */
  public static FieldMapping parse(List<String> pairs) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException(
            "--map takes FIELD=COLUMN (for example text=message), got '" + pair + "'");
      }
      String field = pair.substring(0, eq).strip();
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown field '" + field + "' in --map " + pair + "; fields: " + knownFields());
      }
      columns.computeIfAbsent(field, f -> new ArrayList<>()).add(pair.substring(eq + 1).strip());
    }
    if (!columns.containsKey("text")) {
      throw new IllegalArgumentException(
          "the mapping needs the post's text: --map text=COLUMN (fields: " + knownFields() + ")");
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    columns.forEach((f, c) -> fields.put(f, new Field(f, c, false)));
    return new FieldMapping(fields);
  }

  /**
   * The columns of CrowdTangle's Facebook and Instagram exports and of the Meta Content Library's
   * CSV ({@code post_owner.name}, {@code statistics.reaction_count}…).
   */
  public static FieldMapping crowdTangle() {
    Map<String, Field> f = new LinkedHashMap<>();
    put(f, "text", false, "Message", "Description", "text", "Image Text");
    put(f, "id", false, "id", "Post Id", "URL");
    put(f, "url", false, "URL", "Post URL", "post_url");
    put(f, "published", false, "Post Created", "creation_time", "Post Date");
    put(f, "title", false, "Title");
    put(f, "account.id", false, "Facebook Id", "post_owner.id", "Account Id");
    put(f, "account.handle", false, "User Name", "post_owner.username", "Username");
    put(f, "account.name", false, "Page Name", "Account", "post_owner.name", "Group Name");
    put(f, "account.followers", false, "Followers at Posting", "Likes at Posting");
    put(f, "views", false, "Post Views", "Total Views", "Views", "statistics.views");
    put(f, "shares", false, "Shares", "statistics.share_count");
    put(
        f,
        "reactions",
        true,
        "Likes",
        "Love",
        "Wow",
        "Haha",
        "Sad",
        "Angry",
        "Care",
        "statistics.reaction_count");
    put(f, "replies", false, "Comments", "statistics.comment_count");
    put(f, "link", false, "Link", "Final Link", "link_attachment.link");
    put(f, "media", false, "Type", "post_type");
    put(f, "language", false, "lang", "Language");
    return new FieldMapping(f);
  }

  private static void put(Map<String, Field> f, String name, boolean summed, String... columns) {
    f.put(name, new Field(name, List.of(columns), summed));
  }

  public static String knownFields() {
    return String.join(", ", FIELDS.stream().sorted().toList());
  }

  Field field(String name) {
    return fields.get(name);
  }
}
