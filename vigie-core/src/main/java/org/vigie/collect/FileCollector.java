package org.vigie.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * Collects documents from files and folders on disk.
 *
 * <p>Folders are walked recursively in name order, hidden entries skipped ({@link InputWalker}).
 * Each file goes to the first {@link FileFormat} that accepts its name; a {@code .gz} suffix is
 * decompressed transparently for formats that do not read it themselves. One bad file never stops
 * the batch: a file no format reads is reported as {@link ErrorCause#UNSUPPORTED}, and any
 * exception while reading a file becomes an {@link IngestError} for that file, keeping the
 * documents already delivered from it. A file that yields neither a document nor an error gets a
 * {@link ErrorCause#NO_TEXT} warning, so that every input is accounted for.
 *
 * <p>Every read is bounded by {@link CollectLimits}. Not thread-safe: use one collector per thread.
 */
public final class FileCollector {
  private final String sourceId;
  private final Clock clock;
  private final CollectLimits limits;
  private final List<FileFormat> formats;

  /** A collector for all formats Vigie reads, with the default limits. */
  public FileCollector(String sourceId, Clock clock) {
    this(sourceId, clock, CollectLimits.DEFAULTS, standardFormats());
  }

  public FileCollector(
      String sourceId, Clock clock, CollectLimits limits, List<FileFormat> formats) {
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.formats = List.copyOf(formats);
  }

  /** HTML, plain text, JSON Lines and WARC, each also gzipped. */
  public static List<FileFormat> standardFormats() {
    return List.of(
        new WarcFormat(), TextFileFormat.html(), TextFileFormat.text(), new JsonlFormat());
  }

  /** Collects {@code inputs} (files or folders) into {@code sink}. */
  public CollectSummary collect(List<Path> inputs, DocumentSink sink) {
    return collect(inputs, sink, CollectProgress.NONE);
  }

  /** Collects {@code inputs} into {@code sink}, telling {@code progress} how far it has gone. */
  public CollectSummary collect(List<Path> inputs, DocumentSink sink, CollectProgress progress) {
    CountingSink counting = new CountingSink(sink);
    List<InputWalker.Found> files = InputWalker.walk(inputs, counting::reject);
    long bytesTotal = files.stream().mapToLong(InputWalker.Found::size).sum();
    long bytesDone = 0;
    progress.update(new CollectProgress.Progress(0, files.size(), 0, bytesTotal, null));
    for (int i = 0; i < files.size(); i++) {
      InputWalker.Found file = files.get(i);
      collectFile(file, counting);
      bytesDone += file.size();
      progress.update(
          new CollectProgress.Progress(i + 1, files.size(), bytesDone, bytesTotal, file.name()));
    }
    return new CollectSummary(files.size(), counting.documents, counting.problems);
  }

  private void collectFile(InputWalker.Found found, CountingSink sink) {
    int before = sink.total();
    read(found, sink);
    if (sink.total() == before) {
      String message = "no documents found in this file";
      sink.reject(IngestError.warning(found.name(), ErrorCause.NO_TEXT, message));
    }
  }

  private void read(InputWalker.Found found, DocumentSink sink) {
    InputFile file = inputFile(found);
    if (file == null) {
      sink.reject(
          IngestError.skipped(
              found.name(),
              ErrorCause.UNSUPPORTED,
              unsupported(found.name().toLowerCase(Locale.ROOT))));
    } else if (found.size() > limits.maxFileBytes()) {
      String message = "file exceeds the limit of " + limits.maxFileBytes() + " bytes";
      sink.reject(IngestError.skipped(found.name(), ErrorCause.TOO_LARGE, message));
    } else {
      readSafely(formatFor(file), file, sink);
    }
  }

  private static void readSafely(FileFormat format, InputFile file, DocumentSink sink) {
    try {
      format.read(file, sink);
    } catch (CollectionStopped stop) {
      throw stop;
    } catch (Exception e) {
      sink.reject(IngestFailures.of(file.name(), e));
    }
  }

  /** The file as a format will read it, or {@code null} when no format reads it. */
  private InputFile inputFile(InputWalker.Found found) {
    String name = found.path().getFileName().toString().toLowerCase(Locale.ROOT);
    if (accepting(name) != null) {
      return new InputFile(found.path(), found.name(), false, sourceId, clock.instant(), limits);
    }
    if (name.endsWith(".gz") && accepting(name.substring(0, name.length() - 3)) != null) {
      return new InputFile(found.path(), found.name(), true, sourceId, clock.instant(), limits);
    }
    return null;
  }

  private FileFormat formatFor(InputFile file) {
    String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    return accepting(file.gzipped() ? name.substring(0, name.length() - 3) : name);
  }

  private FileFormat accepting(String lowerCaseName) {
    return formats.stream().filter(f -> f.accepts(lowerCaseName)).findFirst().orElse(null);
  }

  private static String unsupported(String lowerCaseName) {
    if (lowerCaseName.endsWith(".csv") || lowerCaseName.endsWith(".tsv")) {
      return "a CSV/TSV file is read as a table: import it with --format csv --map text=COLUMN"
          + " (and title=, url=, published=… as needed), and --as article for news articles";
    }
    return "not a file type Vigie reads (.html, .htm, .txt, .jsonl, .ndjson, .warc, "
        + "optionally gzipped as .gz)";
  }

  /** Passes everything on and counts it. */
  private static final class CountingSink implements DocumentSink {
    private final DocumentSink target;
    private final Map<ErrorCause, Integer> problems = new EnumMap<>(ErrorCause.class);
    private int documents;

    CountingSink(DocumentSink target) {
      this.target = target;
    }

    @Override
    public void accept(RawDocument document) {
      documents++;
      target.accept(document);
    }

    @Override
    public void reject(IngestError error) {
      problems.merge(error.cause(), 1, Integer::sum);
      target.reject(error);
    }

    int total() {
      return documents + problems.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
