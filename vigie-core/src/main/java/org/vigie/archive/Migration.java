package org.vigie.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.vigie.link.ArchiveWriter;
import org.vigie.link.topics.TopicTagger;
import org.vigie.search.SearchRequest;
import org.vigie.store.AddOutcome;
import org.vigie.store.DocumentStore;

/**
 * Copies every document of one store into another (the embedded archive into a cluster), resumable:
 * the source is visited in its stable order ({@link DocumentStore#forEachMatch}) and the number of
 * documents copied and committed is written to a checkpoint file after each batch, so that a run
 * after an interruption skips them. The checkpoint is only trusted while the source holds the same
 * number of documents (the embedded index's order is stable while nothing is written); otherwise
 * the copy starts over, which is safe because adds are idempotent, only slower.
 */
public final class Migration {
  /** Documents copied between two commits and checkpoints. */
  public static final int BATCH = 1_000;

  private final DocumentStore source;
  private final DocumentStore target;
  private final ArchiveWriter writer;
  private final Path checkpoint;

  /** What a run did: documents seen, skipped as already copied, added, found there, failed. */
  public record Progress(
      long total, long seen, long skipped, long added, long already, long failed) {
    public long done() {
      return seen;
    }
  }

  public Migration(DocumentStore source, DocumentStore target, Path checkpoint) {
    this.source = source;
    this.target = target;
    this.writer = ArchiveWriter.standard(target, TopicTagger.KEEP);
    this.checkpoint = checkpoint;
  }

  /**
   * Runs (or resumes) the copy, telling {@code progress} after each document; answers the final
   * progress. A document the target refuses is counted as failed and the copy goes on.
   */
  public Progress run(Consumer<Progress> progress) {
    long total = source.count();
    long skip = resumeFrom(total);
    long[] n = new long[5]; // seen, skipped, added, already, failed
    SearchRequest all = SearchRequest.all().page(0, 0).withCopies(true);
    source.forEachMatch(
        all,
        doc -> {
          n[0]++;
          if (n[0] <= skip) {
            n[1]++;
          } else {
            try {
              AddOutcome outcome = writer.add(doc);
              n[outcome == AddOutcome.DUPLICATE ? 3 : 2]++;
            } catch (RuntimeException e) {
              if (e instanceof UncheckedIOException) {
                throw e;
              }
              n[4]++;
            }
            if (n[0] % BATCH == 0) {
              target.commit();
              save(n[0], total);
            }
          }
          progress.accept(new Progress(total, n[0], n[1], n[2], n[3], n[4]));
        });
    target.commit();
    save(n[0], total);
    return new Progress(total, n[0], n[1], n[2], n[3], n[4]);
  }

  /** How many documents a previous run copied, or 0 when there is none or the source changed. */
  long resumeFrom(long total) {
    if (!Files.exists(checkpoint)) {
      return 0;
    }
    try {
      String[] parts = Files.readString(checkpoint).strip().split("\\s+");
      long copied = Long.parseLong(parts[0]);
      long sourceCount = Long.parseLong(parts[1]);
      return sourceCount == total && copied <= total ? copied : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private void save(long copied, long total) {
    try {
      Path tmp = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
      Files.writeString(tmp, copied + " " + total + "\n");
      Files.move(
          tmp, checkpoint, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the migration checkpoint " + checkpoint, e);
    }
  }
}
