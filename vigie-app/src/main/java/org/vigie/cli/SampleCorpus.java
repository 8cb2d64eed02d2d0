package org.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample corpus bundled in the application jar ({@code samples/seeds}), copied to a folder so
 * that it is ingested like any other files.
 */
final class SampleCorpus {
  private static final String FOLDER = "samples/seeds";

  private SampleCorpus() {}

  /** Copies the samples into {@code target} and answers the files written. */
  static List<Path> copyTo(Path target) {
    URL url = SampleCorpus.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException("the sample corpus " + FOLDER + " is missing from the jar");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return copy(jar.getPath(FOLDER), target);
        }
      }
      return copy(Path.of(uri), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample corpus to " + target, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> copy(Path source, Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          Files.copy(
              in, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (Stream<Path> written = Files.list(target)) {
      return written.sorted().toList();
    }
  }
}
