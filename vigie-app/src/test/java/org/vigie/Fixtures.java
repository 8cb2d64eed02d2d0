package org.vigie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tests' fixture files, read from the class path rather than from other modules' folders:
 * {@code samples/seeds} (the demo's seeds, resources of this module) and vigie-core's test
 * resources ({@code dedup}, {@code stories/…}, {@code sources/…}, {@code platform/…}, through its
 * test-jar). Each is copied to a real folder, since the CLI and the ingest read paths.
 */
public final class Fixtures {
  private static Path shared;
  private static final java.util.Set<String> COPIED = new java.util.HashSet<>();

  private Fixtures() {}

  /**
   * A copy of a resource (a file or a folder) shared by the tests of this JVM, deleted when it
   * exits; tests must not change it ({@link #copy} gives a copy of one's own).
   */
  public static synchronized Path path(String resource) {
    try {
      if (shared == null) {
        shared = Files.createTempDirectory("vigie-fixtures");
        Path root = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      }
      Path to = shared.resolve(resource);
      boolean done =
          COPIED.stream().anyMatch(r -> resource.equals(r) || resource.startsWith(r + "/"));
      if (!done) {
        copy(resource, to);
        COPIED.add(resource);
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a class path resource (a file or a folder) to {@code to}, which it returns. */
  public static Path copy(String resource, Path to) {
    URL url = Fixtures.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no fixture '" + resource + "' on the class path");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        copyTree(Path.of(uri), to);
        return to;
      }
      try (FileSystem jar = jar(uri)) {
        copyTree(jar.getPath(resource), to);
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FileSystem jar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
