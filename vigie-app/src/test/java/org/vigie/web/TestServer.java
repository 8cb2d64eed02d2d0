package org.vigie.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigie.Fixtures;
import org.vigie.archive.Archive;
import org.vigie.archive.FileIngest;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.UserDirectory;
import org.vigie.web.access.AccessControl;

/**
 * The web tests' harness: an archive in a test's temporary folder, fixtures copied there from the
 * class path and ingested by the real pipeline, accounts, servers started on a free port, and
 * clients for them; {@link #close} stops the servers (and whatever else it was given) then closes
 * the archive.
 *
 * <pre>{@code
 * harness = TestServer.open(work).ingest("files:corpus", harness.fixture("samples/seeds"));
 * harness.user("lectrice", Role.VIEWER);
 * String base = harness.start(new WebServer(harness.store(), harness.access(PROTECTED)));
 * WebClient client = harness.signedIn("lectrice");
 * }</pre>
 */
final class TestServer implements AutoCloseable {
  /** Every test account's password. */
  static final String PASSWORD = "un mot de passe de test";

  private final Path work;
  private final Archive archive;
  private final UserDirectory users;
  private final List<AutoCloseable> closing = new ArrayList<>();
  private String base;

  private TestServer(Path work) {
    this.work = work;
    this.archive = Archive.open(work.resolve("data"));
    this.users = new UserDirectory(archive.catalog().dataSource());
  }

  /** An empty archive in {@code work/data}. */
  static TestServer open(Path work) {
    return new TestServer(work);
  }

  Archive archive() {
    return archive;
  }

  org.vigie.store.DocumentStore store() {
    return archive.store();
  }

  UserDirectory users() {
    return users;
  }

  /**
   * A copy, under the work folder, of a class path resource (a file or a folder): {@code
   * samples/seeds} (the demo's seeds, in this module), {@code dedup}, {@code stories/…}, {@code
   * sources/…} (vigie-core's test resources, from its test-jar).
   */
  Path fixture(String resource) {
    Path to = work.resolve("fixtures").resolve(resource);
    return Files.exists(to) ? to : Fixtures.copy(resource, to);
  }

  /** A document as a JSON line of an ingested file, from its fields and values in turn. */
  static String jsonLine(String... fieldsAndValues) {
    var doc = org.vigie.document.DocumentJson.mapper().createObjectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      doc.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return doc + "\n";
  }

  /** Ingests files and folders through the real pipeline, as the source {@code sourceId}. */
  TestServer ingest(String sourceId, Path... paths) {
    new FileIngest(archive, 1000).run(Arrays.asList(paths), sourceId, p -> {});
    return this;
  }

  /** An account with {@link #PASSWORD}. */
  TestServer user(String name, Role role) {
    users.add(name, role, PASSWORD, false);
    return this;
  }

  /** The access control of this archive's accounts in a mode. */
  AccessControl access(AccessControl.Mode mode) {
    return new AccessControl(users, mode);
  }

  /** Closes {@code c} on {@link #close}, before the servers and the archive. */
  <T extends AutoCloseable> T closeLater(T c) {
    closing.add(c);
    return c;
  }

  /**
   * Starts a server on a free port of 127.0.0.1, stopped on {@link #close}.
   *
   * @return its base URL; the first one is also {@link #base()}
   */
  String start(WebServer server) {
    closing.add(server);
    String url = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    if (base == null) {
      base = url;
    }
    return url;
  }

  /** The first server's base URL. */
  String base() {
    return base;
  }

  /** A client of the first server, signed in as {@code name}, keeping only its session cookie. */
  WebClient signedIn(String name) throws Exception {
    return WebClient.signedIn(base, name, PASSWORD, WebClient.SESSION_ONLY);
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (AutoCloseable c : closing.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        failure = failure == null ? new IllegalStateException("cannot close " + c, e) : failure;
      }
    }
    archive.close();
    if (failure != null) {
      throw failure;
    }
  }
}
