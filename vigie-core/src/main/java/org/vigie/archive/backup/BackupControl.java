package org.vigie.archive.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.archive.Archive;
import org.vigie.document.DocumentJson;
import org.vigie.document.UserError;

/**
 * The local control socket of a process that has a data folder open ({@value #SOCKET} in the
 * folder, a Unix-domain socket readable by its owner only): another {@code vigie} process of the
 * same user asks it to back up or check the archive it holds, since the data folder admits one
 * process at a time. One request per connection, one line of JSON each way, progress lines before
 * the answer; one backup or check at a time.
 */
public final class BackupControl implements AutoCloseable {
  /** The socket's name in the data folder. */
  public static final String SOCKET = "control.sock";

  private static final Logger LOG = LoggerFactory.getLogger(BackupControl.class);
  private static final ObjectMapper JSON = DocumentJson.mapper();
  private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

  private final Archive archive;
  private final Path file;
  private final ServerSocketChannel server;
  private final Semaphore oneAtATime = new Semaphore(1);
  private volatile boolean closed;

  private BackupControl(Archive archive, Path file, ServerSocketChannel server) {
    this.archive = archive;
    this.file = file;
    this.server = server;
  }

  /**
   * Serves the archive's control socket until closed; empty (and a warning logged) when it cannot
   * be bound (a folder path too long for a socket, a file system without them).
   */
  public static Optional<BackupControl> serve(Archive archive) {
    Path file = archive.folder().toAbsolutePath().normalize().resolve(SOCKET);
    try {
      Files.deleteIfExists(file); // left by a process that died: this one holds the folder now
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        server.bind(UnixDomainSocketAddress.of(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (IOException | RuntimeException e) {
        server.close();
        throw e;
      }
      BackupControl control = new BackupControl(archive, file, server);
      Thread.ofVirtual().name("vigie-control").start(control::accept);
      return Optional.of(control);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "no control socket {} ({}): 'vigie backup' and 'vigie verify' cannot reach this process",
          file,
          e.getMessage());
      return Optional.empty();
    }
  }

  private void accept() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        Thread.ofVirtual().name("vigie-control-request").start(() -> answer(client));
      } catch (IOException e) {
        if (server.isOpen()) {
          LOG.warn("control socket {}: {}", file, e.getMessage());
        }
        return;
      }
    }
  }

  private void answer(SocketChannel client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
        OutputStream out = Channels.newOutputStream(client)) {
      String line = in.readLine();
      if (line == null) {
        return;
      }
      Reply reply = new Reply(out);
      if (!oneAtATime.tryAcquire()) {
        reply.error(true, "a backup or check of " + archive.folder() + " is already under way");
        return;
      }
      try {
        if (closed) {
          reply.error(true, "the Vigie process holding " + archive.folder() + " is closing");
          return;
        }
        run(JSON.readTree(line), reply);
      } finally {
        oneAtATime.release();
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("control socket {}: {}", file, e.getMessage());
    }
  }

  private void run(JsonNode request, Reply reply) {
    String command = request.path("command").asText("");
    try {
      switch (command) {
        case "backup" -> {
          Path to = Path.of(request.path("to").asText(""));
          if (!to.isAbsolute()) {
            throw new BackupException("the backup folder must be an absolute path, not " + to);
          }
          reply.done("manifest", new ArchiveBackup(archive, reply::progress).to(to));
        }
        case "verify" -> reply.done("report", new ArchiveVerify(reply::progress).check(archive));
        default -> throw new BackupException("unknown control command '" + command + "'");
      }
    } catch (RuntimeException e) {
      if (!(e instanceof UserError)) {
        LOG.error("control request {} failed", command, e);
      }
      reply.error(e instanceof UserError, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** Lines of JSON back to the client. */
  private static final class Reply {
    private final OutputStream out;
    private long last;

    Reply(OutputStream out) {
      this.out = out;
    }

    void progress(BackupProgress p) {
      long now = System.nanoTime();
      if (now - last < PROGRESS_EVERY_NANOS) {
        return;
      }
      last = now;
      ObjectNode line = JSON.createObjectNode();
      line.set("progress", JSON.valueToTree(p));
      send(line);
    }

    void done(String key, Object value) {
      ObjectNode line = JSON.createObjectNode();
      line.set(key, JSON.valueToTree(value));
      send(line);
    }

    void error(boolean user, String message) {
      ObjectNode line = JSON.createObjectNode();
      line.put("error", message);
      line.put("user", user);
      send(line);
    }

    private void send(JsonNode line) {
      try {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("the control client went away", e);
      }
    }
  }

  /** Whether a process answers on {@code folder}'s control socket (it has the folder open). */
  public static boolean reachable(Path folder) {
    Path socket = folder.toAbsolutePath().normalize().resolve(SOCKET);
    if (!Files.exists(socket)) {
      return false;
    }
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return c.isConnected();
    } catch (IOException e) {
      return false;
    }
  }

  /** Asks the process holding {@code folder} to back it up into {@code to} (absolute). */
  public static BackupManifest backup(Path folder, Path to, Consumer<BackupProgress> progress) {
    ObjectNode request = JSON.createObjectNode();
    request.put("command", "backup");
    request.put("to", to.toAbsolutePath().normalize().toString());
    return ask(folder, request, "manifest", BackupManifest.class, progress);
  }

  /** Asks the process holding {@code folder} to check the archive it has open. */
  public static ArchiveVerify.Report verify(Path folder, Consumer<BackupProgress> progress) {
    ObjectNode request = JSON.createObjectNode();
    request.put("command", "verify");
    return ask(folder, request, "report", ArchiveVerify.Report.class, progress);
  }

  private static <T> T ask(
      Path folder, JsonNode request, String key, Class<T> type, Consumer<BackupProgress> progress) {
    Path socket = folder.toAbsolutePath().normalize().resolve(SOCKET);
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(Channels.newInputStream(c), StandardCharsets.UTF_8))) {
      OutputStream out = Channels.newOutputStream(c);
      out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode answer = JSON.readTree(line);
        if (answer.has("progress")) {
          progress.accept(JSON.treeToValue(answer.get("progress"), BackupProgress.class));
        } else if (answer.has(key)) {
          return JSON.treeToValue(answer.get(key), type);
        } else if (answer.has("error")) {
          String message = answer.get("error").asText();
          if (answer.path("user").asBoolean()) {
            throw new BackupException(message);
          }
          throw new IllegalStateException("the Vigie process holding " + folder + ": " + message);
        }
      }
      throw new IllegalStateException(
          "the Vigie process holding " + folder + " closed the control socket without answering");
    } catch (IOException e) {
      throw new BackupException(
          "cannot reach the Vigie process holding "
              + folder
              + " ("
              + socket
              + "): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Stops answering, then waits for the backup or check under way to end: the archive closes after
   * this, and a backup must not lose its archive halfway.
   */
  @Override
  public void close() {
    closed = true;
    try {
      server.close();
      oneAtATime.acquireUninterruptibly();
      oneAtATime.release();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("cannot remove the control socket {}: {}", file, e.getMessage());
    }
  }
}
