package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the article-extraction section of docs/BENCHMARKS.md current: the block between two markers
 * holds the latest results and is replaced on each run; each run also adds one dated line under the
 * history marker (newest first). The prose around the markers is written by hand and left alone.
 * When the section or its markers are missing they are added at the end of the file.
 */
final class BenchmarksFile {
  static final String SECTION = "## Article extraction (AEB)";
  static final String START = "<!-- extraction-results:start (written by bench/extraction.sh) -->";
  static final String END = "<!-- extraction-results:end -->";
  static final String HISTORY = "<!-- extraction-history (newest first) -->";

  private BenchmarksFile() {}

  static void update(Path file, String results, String historyLine) throws IOException {
    String doc = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    Files.writeString(file, updated(doc, results, historyLine), StandardCharsets.UTF_8);
  }

  /** The document with its results block replaced and the history line added. */
  static String updated(String doc, String results, String historyLine) {
    if (!doc.contains(START) || !doc.contains(END) || !doc.contains(HISTORY)) {
      doc = withSkeleton(doc);
    }
    int from = doc.indexOf(START) + START.length();
    int to = doc.indexOf(END);
    if (to < from) {
      throw new IllegalArgumentException("BENCHMARKS.md: " + END + " comes before " + START);
    }
    doc = doc.substring(0, from) + "\n" + results.strip() + "\n" + doc.substring(to);
    int history = doc.indexOf(HISTORY) + HISTORY.length();
    return doc.substring(0, history) + "\n" + historyLine + doc.substring(history);
  }

  private static String withSkeleton(String doc) {
    StringBuilder out = new StringBuilder(doc.stripTrailing());
    if (!doc.contains(SECTION)) {
      out.append("\n\n").append(SECTION).append("\n");
    }
    return out.append("\n\n")
        .append(START)
        .append("\n")
        .append(END)
        .append("\n\nHistory:\n\n")
        .append(HISTORY)
        .append("\n")
        .toString();
  }
}
