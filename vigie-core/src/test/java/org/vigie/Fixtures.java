package org.vigie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test fixtures from the class path, as folders: a folder inside a test-jar is copied once to a
 * temporary folder. Tests never reach outside their module through relative paths.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The five seed documents of the bundled sample corpus ({@code samples/seeds}). */
  public static Path seeds() {
    return folder("/samples/seeds");
  }

  /** A class-path folder, e.g. {@code "/extract/html"}. */
  public static synchronized Path folder(String resource) {
    URL url = Fixtures.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          "test fixture folder " + resource + " is not on the class path");
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      return copied(url, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test fixture folder " + resource, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path copied(URL url, String resource) throws IOException, URISyntaxException {
    Path target = Files.createTempDirectory("vigie-fixture-");
    target.toFile().deleteOnExit();
    try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of());
        Stream<Path> files = Files.walk(jar.getPath(resource))) {
      Path root = jar.getPath(resource);
      for (Path p : files.toList()) {
        Path out = target.resolve(root.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(out);
        } else {
          try (InputStream in = Files.newInputStream(p)) {
            Files.copy(in, out);
          }
        }
      }
    }
    return target;
  }
}
