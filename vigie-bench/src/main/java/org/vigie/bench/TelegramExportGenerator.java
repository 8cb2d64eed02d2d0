package org.vigie.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Writes a Telegram Desktop channel export ({@code result.json}) of a given size from real
 * articles, streamed: one message at a time goes to disk, so any size is written in constant
 * memory. Messages look like a news channel's: a paragraph of an article, sometimes its headline in
 * bold, hashtags, links, forwards from other channels, replies, edits, views and reactions; some
 * are service messages or captionless photos, which readers skip. Deterministic for a seed.
 */
final class TelegramExportGenerator {
  private static final long CHANNEL_ID = 1_500_000_001L;
  private static final long START = 1_672_531_200L; // 2023-01-01T00:00:00Z
  private static final List<String> TAGS =
      List.of(
          "#Mali",
          "#Sahel",
          "#BurkinaFaso",
          "#Niger",
          "#Sénégal",
          "#Bamako",
          "#Ouagadougou",
          "#Niamey",
          "#Dakar",
          "#Tchad",
          "#Guinée",
          "#CôteDIvoire",
          "#Sécurité",
          "#Élections");
  private static final List<String> CHANNELS =
      List.of("Radio Kledu", "Studio Tamani", "Ouaga Actu", "Niamey Info", "Dakar Matin");

  private final SourceArticles articles;
  private final Random random;

  TelegramExportGenerator(SourceArticles articles, long seed) {
    this.articles = articles;
    this.random = new Random(seed);
  }

  /**
   * Writes messages to {@code file} until it holds at least {@code bytes} bytes.
   *
   * @return the number of messages written (service messages and photos included)
   */
  long write(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (Counting out =
            new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("name", "Veille Sahel (benchmark)");
      json.writeStringField("type", "public_channel");
      json.writeNumberField("id", CHANNEL_ID);
      json.writeArrayFieldStart("messages");
      long id = 0;
      long time = START;
      while (out.count < bytes) {
        id++;
        time += 1 + random.nextInt(600);
        message(json, id, time);
        if (id % 1000 == 0) {
          json.flush();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      return id;
    }
  }

  private void message(JsonGenerator json, long id, long time) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", id);
    int kind = random.nextInt(100);
    json.writeStringField("type", kind < 3 ? "service" : "message");
    json.writeStringField("date", Instant.ofEpochSecond(time).toString().replace("Z", ""));
    json.writeStringField("date_unixtime", Long.toString(time));
    if (kind < 3) {
      json.writeStringField("actor", "Veille Sahel (benchmark)");
      json.writeStringField("action", "pin_message");
      json.writeNumberField(
          "message_id", Math.max(1, id - 1 - random.nextInt((int) Math.min(id, 50))));
      emptyText(json);
    } else if (kind < 7) {
      author(json);
      json.writeStringField("photo", "photos/photo_" + id + "@01-01-2023_00-00-00.jpg");
      json.writeNumberField("width", 1280);
      json.writeNumberField("height", 853);
      emptyText(json);
    } else {
      post(json, id, time);
    }
    json.writeEndObject();
  }

  private void post(JsonGenerator json, long id, long time) throws IOException {
    if (random.nextInt(100) < 5) {
      json.writeStringField(
          "edited", Instant.ofEpochSecond(time + 300).toString().replace("Z", ""));
      json.writeStringField("edited_unixtime", Long.toString(time + 300));
    }
    author(json);
    if (random.nextInt(100) < 10) {
      int c = random.nextInt(CHANNELS.size());
      json.writeStringField("forwarded_from", CHANNELS.get(c));
      json.writeStringField("forwarded_from_id", "channel" + (900_000_000L + c));
    }
    if (id > 10 && random.nextInt(100) < 8) {
      json.writeNumberField("reply_to_message_id", id - 1 - random.nextInt(10));
    }
    json.writeNumberField("views", 100 + random.nextInt(50_000));
    SourceArticles.Article article = articles.get(random.nextInt(articles.size()));
    String paragraph = article.paragraphs().get(random.nextInt(article.paragraphs().size()));
    String tag = TAGS.get(random.nextInt(TAGS.size()));
    String link = "https://www.example-sahel.info/" + article.category() + "/" + id;
    if (random.nextBoolean()) {
      json.writeArrayFieldStart("text");
      entity(json, "bold", article.headline());
      json.writeString("\n\n" + paragraph + " ");
      entity(json, "hashtag", tag);
      json.writeString(" ");
      entity(json, "link", link);
      json.writeEndArray();
      json.writeArrayFieldStart("text_entities");
      entity(json, "bold", article.headline());
      entity(json, "plain", "\n\n" + paragraph + " ");
      entity(json, "hashtag", tag);
      json.writeEndArray();
    } else {
      String text = paragraph + " " + tag;
      json.writeStringField("text", text);
      json.writeArrayFieldStart("text_entities");
      entity(json, "plain", paragraph + " ");
      entity(json, "hashtag", tag);
      json.writeEndArray();
    }
    if (random.nextBoolean()) {
      json.writeArrayFieldStart("reactions");
      json.writeStartObject();
      json.writeStringField("type", "emoji");
      json.writeNumberField("count", 1 + random.nextInt(500));
      json.writeStringField("emoji", "👍");
      json.writeEndObject();
      json.writeEndArray();
    }
  }

  private static void author(JsonGenerator json) throws IOException {
    json.writeStringField("from", "Veille Sahel (benchmark)");
    json.writeStringField("from_id", "channel" + CHANNEL_ID);
  }

  private static void entity(JsonGenerator json, String type, String text) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", type);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static void emptyText(JsonGenerator json) throws IOException {
    json.writeStringField("text", "");
    json.writeArrayFieldStart("text_entities");
    json.writeEndArray();
  }

  /** Counts the bytes written. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
