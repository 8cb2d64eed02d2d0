package org.vigie.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;

/**
 * Lists the files to collect from a list of files and folders: folders recursively, children in
 * name order so that every run sees the same sequence, hidden entries (names starting with a dot)
 * left out. Symbolic links are followed, but a folder already visited (a link loop) and a file
 * already listed are not listed again. Files named directly are taken even when hidden.
 */
final class InputWalker {
  private final Consumer<IngestError> errors;
  private final Set<Path> visited = new HashSet<>();
  private final List<Found> found = new ArrayList<>();

  /**
   * A file to collect.
   *
   * @param path where it is
   * @param name its path as given, for origins and messages
   * @param size its size on disk
   */
  record Found(Path path, String name, long size) {}

  private InputWalker(Consumer<IngestError> errors) {
    this.errors = errors;
  }

  /** The files under {@code inputs}, reporting inputs that cannot be listed to {@code errors}. */
  static List<Found> walk(List<Path> inputs, Consumer<IngestError> errors) {
    InputWalker walker = new InputWalker(errors);
    inputs.forEach(walker::visitInput);
    return List.copyOf(walker.found);
  }

  private void visitInput(Path input) {
    if (Files.isDirectory(input)) {
      visitFolder(input);
    } else if (Files.isRegularFile(input)) {
      visitFile(input);
    } else if (Files.exists(input)) {
      reject(input, ErrorCause.UNSUPPORTED, "not a regular file or a folder");
    } else {
      reject(input, ErrorCause.UNREADABLE, "no such file or folder");
    }
  }

  private void visitFolder(Path folder) {
    try {
      if (visited.add(folder.toRealPath())) {
        children(folder).forEach(this::visitChild);
      }
    } catch (IOException e) {
      reject(folder, ErrorCause.UNREADABLE, "cannot list folder: " + IngestFailures.describe(e));
    }
  }

  private static List<Path> children(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(child -> !child.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(child -> child.getFileName().toString()))
          .toList();
    }
  }

  private void visitChild(Path child) {
    if (Files.isDirectory(child)) {
      visitFolder(child);
    } else if (Files.isRegularFile(child)) {
      visitFile(child);
    } else if (!Files.isSymbolicLink(child)) {
      reject(child, ErrorCause.UNSUPPORTED, "not a regular file or a folder");
    }
  }

  private void visitFile(Path file) {
    try {
      if (visited.add(file.toRealPath())) {
        found.add(new Found(file, file.toString(), Files.size(file)));
      }
    } catch (IOException e) {
      reject(file, ErrorCause.UNREADABLE, "cannot read: " + IngestFailures.describe(e));
    }
  }

  private void reject(Path input, ErrorCause cause, String message) {
    errors.accept(IngestError.skipped(input.toString(), cause, message));
  }
}
