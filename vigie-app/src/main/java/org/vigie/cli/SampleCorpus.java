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
 * The sample corpus bundled in the application jar ({@code samples/}: the seed pages, press
 * articles, a Telegram channel export, an X archive, a CrowdTangle export), copied to a folder so
 * that its parts are read like any other files, each by the demo source that points at it.
 */
final class SampleCorpus {
  private static final String FOLDER = "samples";

  private SampleCorpus() {}

  /** Copies the samples, folders included, into {@code target} and answers the files written. */
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
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        Files.createDirectories(to.getParent());
        try (InputStream in = Files.newInputStream(f)) {
          Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (Stream<Path> written = Files.walk(target)) {
      return written.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
