package org.vigie.analytics.influence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.platform.ExportFile;
import org.vigie.collect.platform.ExportOptions;
import org.vigie.collect.platform.PlatformFormat;
import org.vigie.document.IngestError;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;

/** The posts of the project's platform-export fixtures, read by the production readers. */
final class FixturePosts {
  private static final Path ROOT = Path.of("src", "test", "resources", "platform");

  private FixturePosts() {}

  static List<PostMetadata> read(PlatformFormat format, String... path) {
    Path file = ROOT.resolve(Path.of(path[0], java.util.Arrays.copyOfRange(path, 1, path.length)));
    List<PostMetadata> posts = new ArrayList<>();
    DocumentSink sink =
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            posts.add(document.post());
          }

          @Override
          public void reject(IngestError error) {}
        };
    ExportFile export =
        new ExportFile(
            file,
            file.toString(),
            "test",
            Instant.parse("2025-04-01T08:00:00Z"),
            ExportFile.DEFAULT_MAX_RECORD_BYTES,
            p -> {});
    try {
      new ExportOptions(format, List.of(), null, null).reader().read(export, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return posts;
  }

  /** Every fixture: two Telegram exports, an X archive, a CrowdTangle CSV. */
  static List<PostMetadata> all() {
    List<PostMetadata> posts = new ArrayList<>();
    posts.addAll(read(PlatformFormat.TELEGRAM, "telegram", "channel.json"));
    posts.addAll(read(PlatformFormat.TELEGRAM, "telegram", "full-export.json"));
    posts.addAll(read(PlatformFormat.X, "x", "archive", "data", "tweets.js"));
    posts.addAll(read(PlatformFormat.CROWDTANGLE, "csv", "crowdtangle-facebook.csv"));
    return posts;
  }
}
