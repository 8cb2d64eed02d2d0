package org.vigie.collect.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.vigie.collect.DocumentSink;

/**
 * Telegram Desktop's JSON export ({@code result.json}): one chat ({@code {"name", "type", "id",
 * "messages": […]}}) or a full export ({@code {"chats": {"list": [chat…]}, "left_chats": …}}),
 * channels and groups alike.
 *
 * <p>The file is walked with {@link JsonSkimmer}: each message is parsed on its own, so a message
 * that is not valid JSON is reported with its index, byte offset and line and the next one is read,
 * and a file of any size is read with one message in memory. Service messages (joins, pins, calls)
 * and messages without text (a photo without caption, a sticker) are skipped silently.
 *
 * <p>A message becomes a post: its text (a string, or an array of plain strings and entities), its
 * author ({@code from}, {@code from_id} like {@code user123} or {@code channel456}; in a channel
 * the channel itself), the time from {@code date_unixtime} (else {@code date}, read as UTC), {@code
 * edited}, the counts it carries ({@code views}, {@code forwards}, {@code reactions}, {@code
 * replies}), and its relations: {@code forwarded_from} (FORWARD, with {@code forwarded_from_id}
 * when present), {@code reply_to_message_id} (REPLY, the post id {@code chat/message}), the text's
 * {@code link}, {@code text_link}, {@code hashtag}, {@code mention} and {@code mention_name}
 * entities, and its photo or file (MEDIA). A post's id is {@code chatId/messageId}.
 */
public final class TelegramExport implements ExportReader {
  static final String PLATFORM = "telegram";

  @Override
  public void read(ExportFile file, DocumentSink sink) throws IOException {
    try (JsonSkimmer json = new JsonSkimmer(file.openStream())) {
      new Walk(file, json, sink).root();
    }
  }

  /** What is known of the chat whose messages are being read. */
  private static final class Chat {
    String name;
    String type;
    String id;
    int messages;

    boolean isChannel() {
      return type != null && type.contains("channel");
    }
  }

  /** One pass over one file. */
  private static final class Walk {
    private final ExportFile file;
    private final JsonSkimmer json;
    private final DocumentSink sink;

    Walk(ExportFile file, JsonSkimmer json, DocumentSink sink) {
      this.file = file;
      this.json = json;
      this.sink = sink;
    }

    void root() throws IOException {
      if (json.peekToken() != '{') {
        throw new JsonSkimmer.MalformedJsonException(
            "not a Telegram export: expected a JSON object", json.offset(), json.line());
      }
      chatObject(new Chat());
    }

    /**
     * An object that is a chat, or the full export holding {@code chats} and {@code left_chats}.
     */
    private void chatObject(Chat chat) throws IOException {
      json.expect('{');
      if (json.peekToken() == '}') {
        json.expect('}');
        return;
      }
      do {
        String key = json.key();
        switch (key) {
          case "name" -> chat.name = scalar();
          case "type" -> chat.type = scalar();
          case "id" -> chat.id = scalar();
          case "messages" -> messages(chat);
          case "chats", "left_chats" -> chatList();
          default -> json.skip();
        }
      } while (json.more('}'));
    }

    /** {@code {"about": …, "list": [chat…]}}. */
    private void chatList() throws IOException {
      if (json.peekToken() != '{') {
        json.skip();
        return;
      }
      json.expect('{');
      if (json.peekToken() == '}') {
        json.expect('}');
        return;
      }
      do {
        if ("list".equals(json.key()) && json.peekToken() == '[') {
          json.expect('[');
          if (json.peekToken() != ']') {
            do {
              chatObject(new Chat());
            } while (json.more(']'));
          } else {
            json.expect(']');
          }
        } else {
          json.skip();
        }
      } while (json.more('}'));
    }

    private String scalar() throws IOException {
      json.capture(64 * 1024);
      JsonNode node = JsonRecords.JSON.readTree(json.value(), 0, json.valueLength());
      return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private void messages(Chat chat) throws IOException {
      chat.messages =
          JsonRecords.readArray(
              json,
              file,
              sink,
              "message",
              chat.messages,
              (origin, node) ->
                  TelegramMessages.toPost(
                      file, origin, chat.id, chat.name, chat.isChannel(), node));
    }
  }
}
