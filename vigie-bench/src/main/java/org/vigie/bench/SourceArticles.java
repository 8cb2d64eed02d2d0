package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real articles generated corpora are built from: the MasakhaNEWS French BBC Afrique articles
 * ({@code corpus/masakhanews-fr/{dev,test}.tsv}) and the seed documents ({@code corpus/seeds}),
 * read from the shared folder at run time, never copied into the repository.
 *
 * <p>MasakhaNEWS texts are one line each; they are cut into paragraphs of {@value
 * #SENTENCES_PER_PARAGRAPH} sentences so that originals can recombine paragraphs.
 */
record SourceArticles(List<Article> articles) {
  private static final int SENTENCES_PER_PARAGRAPH = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?»])\\s+(?=[\\p{Lu}«\"])");

  /** One real article: its headline, category and paragraphs. */
  record Article(String headline, String category, List<String> paragraphs) {}

  /** Whether the shared folder has the articles; benchmarks skip with a message otherwise. */
  static boolean present(Path shared) {
    return Files.isRegularFile(shared.resolve("corpus/masakhanews-fr/test.tsv"));
  }

  static SourceArticles read(Path shared) throws IOException {
    List<Article> all = new ArrayList<>();
    Path news = shared.resolve("corpus/masakhanews-fr");
    all.addAll(tsv(news.resolve("dev.tsv")));
    all.addAll(tsv(news.resolve("test.tsv")));
    Path seeds = shared.resolve("corpus/seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path p : files.sorted().toList()) {
          all.add(seed(Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    return new SourceArticles(List.copyOf(all));
  }

  /** The articles of a folder of seed texts alone, for when MasakhaNEWS is absent. */
  static SourceArticles seeds(Path folder) throws IOException {
    List<Article> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        all.add(seed(Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return new SourceArticles(List.copyOf(all));
  }

  private static List<Article> tsv(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length >= 3 && !cols[2].isBlank()) {
        out.add(new Article(unquote(cols[1]), cols[0], paragraphs(unquote(cols[2]))));
      }
    }
    return out;
  }

  private static Article seed(String text) {
    List<String> paragraphs = text.lines().map(String::strip).filter(l -> l.length() > 40).toList();
    String first = paragraphs.isEmpty() ? text.strip() : paragraphs.getFirst();
    String headline = first.length() > 90 ? first.substring(0, first.lastIndexOf(' ', 90)) : first;
    return new Article(headline, "seed", paragraphs.isEmpty() ? List.of(text) : paragraphs);
  }

  static List<String> paragraphs(String text) {
    String[] sentences = SENTENCE_END.split(text.strip());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
      int end = Math.min(sentences.length, i + SENTENCES_PER_PARAGRAPH);
      out.add(String.join(" ", List.of(sentences).subList(i, end)));
    }
    return out;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  int size() {
    return articles.size();
  }

  Article get(int i) {
    return articles.get(i);
  }
}
