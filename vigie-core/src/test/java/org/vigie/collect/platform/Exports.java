package org.vigie.collect.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.vigie.collect.DocumentSink;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/** Shared test inputs and a sink that records what the readers deliver. */
final class Exports {
  static final Path ROOT = Path.of("src", "test", "resources", "platform");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneOffset.UTC);
  static final String SOURCE = "import-test";

  private Exports() {}

  static Path path(String first, String... more) {
    return ROOT.resolve(Path.of(first, more));
  }

  /** Reads the files with {@code reader} through an {@link ExportCollector}. */
  static Recording collect(PlatformFormat format, ExportReader reader, Path... files) {
    Recording sink = new Recording();
    new ExportCollector(format, reader, List.of(files), SOURCE, CLOCK)
        .collect(sink, p -> sink.progress.add(p.bytesDone()));
    return sink;
  }

  /** Keeps everything, in order. */
  static final class Recording implements DocumentSink {
    final List<RawDocument> documents = new ArrayList<>();
    final List<IngestError> errors = new ArrayList<>();
    final List<Long> progress = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
      documents.add(document);
    }

    @Override
    public void reject(IngestError error) {
      errors.add(error);
    }

    /** Post ids in order. */
    List<String> postIds() {
      return documents.stream().map(d -> d.post().postId()).toList();
    }

    /** Errors as {@code origin cause} strings. */
    List<String> errorKeys() {
      return errors.stream().map(e -> e.origin() + " " + e.cause()).toList();
    }

    String text(int i) {
      return new String(documents.get(i).content(), StandardCharsets.UTF_8);
    }
  }
}
