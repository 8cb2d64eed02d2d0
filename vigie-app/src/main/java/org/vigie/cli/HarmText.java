package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.vigie.analysis.harm.HateCorpus;

/** The words of the {@code harm} commands (bundle {@code org.vigie.cli.harm}) and their data. */
final class HarmText {
  static final Path DEFAULT_DATA = Path.of("../shared/eval/hate");
  private final Messages messages;
  private final ResourceBundle bundle;

  HarmText(Messages messages) {
    this.messages = messages;
    this.bundle = ResourceBundle.getBundle("org.vigie.cli.harm", messages.locale());
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), messages.locale()).format(args);
  }

  /** Both data sets of {@code folder}; a user error naming the folder when they are absent. */
  List<HateCorpus.DataSet> read(Path folder) throws java.io.IOException {
    if (!Files.isRegularFile(folder.resolve("mlma/fr_dataset.csv"))
        || !Files.isRegularFile(folder.resolve("ftr/FTR_new_labels.csv"))) {
      throw new UserException(get("harm.noData", folder));
    }
    try {
      return HateCorpus.readAll(folder);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  String decoding(HateCorpus.DataSet d) {
    HateCorpus.Decoding c = d.decoding();
    return get(
        "harm.decoding", d.name(), d.posts().size(), c.utf8(), c.truncatedUtf8(), c.windows1252());
  }
}
