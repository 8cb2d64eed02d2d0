package org.vigie.analysis.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a language-identification corpus laid out as SIB-200 is: one folder per language named
 * {@code <iso639-3>_<Script>} ({@code bam_Latn}, {@code arb_Arab}), each holding {@code train.tsv},
 * {@code dev.tsv} and maybe {@code test.tsv} with the header {@code index_id, category, text}.
 *
 * <p>The label of each text is the folder name's part before the underscore.
 */
public final class Sib200Corpus {
  private Sib200Corpus() {}

  /**
   * The texts of one split of every language folder, language by language in folder-name order.
   *
   * @param split {@code train}, {@code dev} or {@code test}
   * @throws IllegalArgumentException when the folder holds no language folder with that split, or a
   *     line has no text column (naming the file and line)
   */
  public static List<LabeledText> read(Path folder, String split) throws IOException {
    List<Path> files = splitFiles(folder, split);
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "no <lang>_<Script>/" + split + ".tsv under " + folder + " (SIB-200 layout expected)");
    }
    List<LabeledText> texts = new ArrayList<>();
    for (Path file : files) {
      texts.addAll(readFile(file, labelOf(file.getParent())));
    }
    return texts;
  }

  private static List<Path> splitFiles(Path folder, String split) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a folder: " + folder);
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(p -> Files.isDirectory(p) && p.getFileName().toString().contains("_"))
          .map(p -> p.resolve(split + ".tsv"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static String labelOf(Path languageFolder) {
    String name = languageFolder.getFileName().toString();
    return name.substring(0, name.indexOf('_'));
  }

  private static List<LabeledText> readFile(Path file, String label) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabeledText> texts = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t", 3);
      if (columns.length < 3) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected 3 tab-separated columns, found " + columns.length);
      }
      texts.add(new LabeledText(label, columns[2]));
    }
    return texts;
  }
}
