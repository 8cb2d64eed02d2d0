package org.vigie.collect.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.collect.CollectProgress;
import org.vigie.collect.Collector;
import org.vigie.collect.DocumentSink;
import org.vigie.collect.platform.JsonSkimmer.MalformedJsonException;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * Collects the posts of platform export files read with one {@link PlatformFormat}. A folder given
 * as input is looked into for the format's usual file ({@code result.json} of a Telegram export,
 * {@code data/tweets.js} of an X archive); any other input is read as a file of that format.
 *
 * <p>Files are streamed whatever their size (no file-size limit, unlike {@link
 * org.vigie.collect.FileCollector}: a channel's history may be gigabytes); progress is reported
 * every megabyte read. A file that cannot be read, or whose structure breaks (a truncated export),
 * is reported where it broke, keeping the posts read before. Not thread-safe.
 */
public final class ExportCollector implements Collector {
  private final PlatformFormat format;
  private final ExportReader reader;
  private final List<Path> inputs;
  private final String sourceId;
  private final Clock clock;
  private final int maxRecordBytes;

  public ExportCollector(
      PlatformFormat format, ExportReader reader, List<Path> inputs, String sourceId, Clock clock) {
    this(format, reader, inputs, sourceId, clock, ExportFile.DEFAULT_MAX_RECORD_BYTES);
  }

  public ExportCollector(
      PlatformFormat format,
      ExportReader reader,
      List<Path> inputs,
      String sourceId,
      Clock clock,
      int maxRecordBytes) {
    this.format = Objects.requireNonNull(format, "format");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.inputs = List.copyOf(inputs);
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void collect(DocumentSink sink, CollectProgress progress) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      Path file = format.fileIn(input);
      if (file == null) {
        String message = "no " + format.usualFile() + " in this folder";
        sink.reject(IngestError.skipped(input.toString(), ErrorCause.UNSUPPORTED, message));
      } else {
        files.add(file);
      }
    }
    long total = files.stream().mapToLong(ExportCollector::size).sum();
    long done = 0;
    progress.update(new CollectProgress.Progress(0, files.size(), 0, total, null));
    for (int i = 0; i < files.size(); i++) {
      Path path = files.get(i);
      long before = done;
      int filesDone = i;
      ExportFile file =
          new ExportFile(
              path,
              path.toString(),
              sourceId,
              clock.instant(),
              maxRecordBytes,
              read ->
                  progress.update(
                      new CollectProgress.Progress(
                          filesDone, files.size(), before + read, total, null)));
      readSafely(file, sink);
      done += size(path);
      progress.update(
          new CollectProgress.Progress(i + 1, files.size(), done, total, path.toString()));
    }
  }

  private void readSafely(ExportFile file, DocumentSink sink) {
    try {
      reader.read(file, sink);
    } catch (MalformedJsonException e) {
      ErrorCause cause = ErrorCause.MALFORMED_RECORD;
      sink.reject(IngestError.skipped(file.atOffset(e.offset), cause, e.getMessage()));
    } catch (NoSuchFileException e) {
      sink.reject(IngestError.skipped(file.name(), ErrorCause.UNREADABLE, "file not found"));
    } catch (AccessDeniedException e) {
      sink.reject(IngestError.skipped(file.name(), ErrorCause.UNREADABLE, "permission denied"));
    } catch (IOException | UncheckedIOException e) {
      sink.reject(
          IngestError.skipped(file.name(), ErrorCause.UNREADABLE, "cannot read: " + describe(e)));
    } catch (org.vigie.collect.CollectionStopped stop) {
      throw stop;
    } catch (RuntimeException e) {
      sink.reject(
          IngestError.skipped(
              file.name(), ErrorCause.INTERNAL, "internal error, please report: " + describe(e)));
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
