package org.vigie.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.UserDirectory;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.link.ArchiveWriter;
import org.vigie.store.DocumentStore;

/**
 * The streamed CSV export over HTTP: an archive of N small generated posts (1 000 000 unless told
 * otherwise), the packaged server run with {@code -Xmx512m} and a GC log, and one {@code GET
 * /api/export?format=csv} of everything with an analyst's API token. Measures the time to the first
 * byte of the body, rows/s, bytes, and the heap's peak from the GC log (the largest heap occupancy
 * before a collection); checks that every document came out once.
 *
 * <p>Posts skip near-duplicate and story checks, so the archive builds at Lucene's speed; the
 * export's cost does not depend on how the documents were analysed. Run from the repository root:
 * {@code bench/export.sh} (see docs/BENCHMARKS.md).
 */
public final class ExportBenchmark {
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final String HEAP = "-Xmx512m";
  private static final String[] WORDS =
      ("paix sécurité élection scrutin gouvernement ministre président armée attaque Gao Bamako "
              + "Niamey Ouagadougou Sahel jeunes femmes marché prix riz coton or mine école santé "
              + "hôpital pluie récolte route pont frontière dialogue accord transition opposition "
              + "manifestation syndicat grève journaliste radio télévision réseau blogueur")
          .split(" ");

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    long n = 1_000_000;
    Path work = Path.of("target/bench");
    Path docs = Path.of("docs/BENCHMARKS.md");
    String command = "bench/export.sh";
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> n = Long.parseLong(args[++i].replace("_", ""));
        case "--work" -> work = Path.of(args[++i]);
        case "--benchmarks" -> docs = Path.of(args[++i]);
        case "--command" -> command = args[++i];
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path folder = work.resolve("export-" + n);
    double built = ensure(folder, n);
    String token = token(folder);
    Path gcLog = work.resolve("export-gc.log");
    Files.deleteIfExists(gcLog);
    double loadBefore = BenchLog.load();
    Result r;
    try (ServerProcess server =
        ServerProcess.start(
            ServerProcess.jar(Path.of("")),
            folder,
            List.of(HEAP, "-Xlog:gc:file=" + gcLog.toAbsolutePath()),
            List.of())) {
      r = export("http://127.0.0.1:" + server.port(), token);
    }
    double loadAfter = BenchLog.load();
    long peak = peakHeapMib(gcLog);
    System.out.printf(
        Locale.ROOT,
        "%,d rows in %.1f s: first byte after %.0f ms, %,.0f rows/s, %.1f MB; heap peak %d MiB"
            + " of 512 (GC log)%n",
        r.rows,
        r.seconds,
        r.firstByteMillis,
        r.rows / r.seconds,
        r.bytes / 1e6,
        peak);
    if (r.rows != n) {
      throw new IllegalStateException("exported " + r.rows + " rows for " + n + " documents");
    }
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | %.1f→%.1f | `%s` | %,d | %s | %.0f ms | %.1f s | %,.0f | %.0f MB | %d MiB |",
            BenchLog.today(),
            BenchLog.machine().replaceAll(", -Xmx\\d+ MiB", "") + ", server " + HEAP,
            loadBefore,
            loadAfter,
            command,
            n,
            built == 0 ? "reused" : String.format(Locale.ROOT, "%.0f s", built),
            r.firstByteMillis,
            r.seconds,
            r.rows / r.seconds,
            r.bytes / 1e6,
            peak);
    BenchLog.appendRow(docs, "export", row);
    if (!keep) {
      BenchCorpus.deleteTree(folder);
    }
  }

  record Result(long rows, long bytes, double firstByteMillis, double seconds) {}

  /** Builds the archive unless a complete one is there; answers the seconds it took (0: reused). */
  static double ensure(Path folder, long n) throws IOException {
    Path done = folder.resolve("built.txt");
    if (Files.isRegularFile(done)) {
      System.out.println("Reusing " + folder);
      return 0;
    }
    BenchCorpus.deleteTree(folder);
    long start = System.nanoTime();
    try (Archive archive = Archive.open(folder)) {
      fill(archive.store(), n);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.writeString(done, n + " documents in " + seconds + " s\n");
    System.out.printf("Built %s: %,d documents in %.0f s%n", folder, n, seconds);
    return seconds;
  }

  private static void fill(DocumentStore store, long n) {
    ArchiveWriter writer = ArchiveWriter.standard(store);
    AtomicLong next = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                      writer.add(post(i));
                      if (i > 0 && i % 100_000 == 0) {
                        System.out.printf("  %,d documents%n", i);
                      }
                    }
                  }));
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building", e);
      }
    }
    store.commit();
  }

  /** A small post: about 200 characters of the region's news words, numbered so each is unique. */
  static AnalyzedDocument post(long i) {
    SplittableRandom random = new SplittableRandom(i);
    StringBuilder text = new StringBuilder("Message ").append(i).append(" :");
    while (text.length() < 200) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    String body = text.append('.').toString();
    return AnalyzedDocument.builder()
        .id(ContentId.ofText(body))
        .title("Message " + i)
        .text(body)
        .published(String.format("2024-%02d-%02d", 1 + (int) (i % 12), 1 + (int) (i % 28)))
        .language("fra")
        .type("post")
        .site("site" + (i % 20) + ".example")
        .sourceId("bench:export")
        .contentType("text/plain")
        .build();
  }

  /** An analyst's API token, created in the archive before the server opens it. */
  private static String token(Path folder) {
    try (Archive archive = Archive.open(folder)) {
      UserDirectory users = new UserDirectory(archive.catalog().dataSource());
      if (users.find("bench").isEmpty()) {
        users.add("bench", Role.ANALYST, users.randomPassword(), false);
      }
      return users.createToken("bench", "export benchmark").secret();
    }
  }

  private static Result export(String base, String token) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/export?format=csv"))
            .header("Authorization", "Bearer " + token)
            .build();
    long start = System.nanoTime();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IOException("the export answered " + response.statusCode());
    }
    long first = 0;
    long bytes = 0;
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = response.body()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (first == 0 && read > 0) {
          first = System.nanoTime();
        }
        bytes += read;
        for (int k = 0; k < read; k++) {
          if (buffer[k] == '\n') {
            lines++;
          }
        }
      }
    }
    long end = System.nanoTime();
    return new Result(lines - 1, bytes, (first - start) / 1e6, (end - start) / 1e9);
  }

  /** The largest heap occupancy before a collection in a {@code -Xlog:gc} file, in MiB. */
  static long peakHeapMib(Path gcLog) throws IOException {
    long peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }
}
