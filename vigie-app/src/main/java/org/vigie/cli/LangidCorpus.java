package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigie.analysis.language.LabeledText;
import org.vigie.analysis.language.Sib200Corpus;

/**
 * Reads a SIB-200-like folder for the {@code langid} commands, turning bad input into user errors.
 */
final class LangidCorpus {
  private LangidCorpus() {}

  static List<LabeledText> read(Path folder, String split, Messages text) throws IOException {
    if (!Files.exists(folder)) {
      throw new UserException(text.get("error.noSuchPath", folder));
    }
    try {
      return Sib200Corpus.read(folder, split);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
