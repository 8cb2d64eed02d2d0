package org.vigie.link.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set of claim/post pairs: one pair a line, {@code label<TAB>claim<TAB>post}, label
 * {@code 1} when the post restates the claim and {@code 0} when it does not; {@code #} starts a
 * comment line.
 */
public final class ClaimPairs {
  /** One labelled pair. */
  public record Pair(boolean restates, String claim, String post) {}

  private ClaimPairs() {}

  /**
   * Reads a pairs file.
   *
   * @throws IllegalArgumentException naming the file and line that is not a pair
   */
  public static List<Pair> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read claim pairs " + file, e);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || !(f[0].equals("0") || f[0].equals("1")) || f[1].isBlank()) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": expected 'label<TAB>claim<TAB>post' with label 0 or 1");
      }
      pairs.add(new Pair(f[0].equals("1"), f[1].strip(), f[2].strip()));
    }
    return pairs;
  }
}
