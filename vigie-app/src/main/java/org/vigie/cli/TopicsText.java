package org.vigie.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words of {@code vigie eval topics} and of the topics' warnings (bundle {@code topics}). */
final class TopicsText {
  private final Messages messages;
  private final ResourceBundle bundle;

  TopicsText(Messages messages) {
    this.messages = messages;
    this.bundle = ResourceBundle.getBundle("org.vigie.cli.topics", messages.locale());
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), messages.locale()).format(args);
  }

  /** A share as a percentage with one decimal, in the interface's language. */
  String percent(double share) {
    return String.format(messages.locale(), "%.1f %%", 100 * share);
  }

  String decimal(double value) {
    return String.format(messages.locale(), "%.3f", value);
  }
}
