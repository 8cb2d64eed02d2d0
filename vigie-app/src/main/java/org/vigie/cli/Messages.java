package org.vigie.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's words, in French unless {@code VIGIE_LANG=en} (or {@code --lang en}) asks for
 * English.
 */
final class Messages {
  private final Locale locale;
  private final ResourceBundle bundle;

  Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.vigie.cli.messages", locale);
  }

  /** French, or English when the environment asks for it. */
  static Messages fromEnvironment(String requested) {
    String lang = requested != null ? requested : System.getenv("VIGIE_LANG");
    return new Messages(
        lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")
            ? Locale.ENGLISH
            : Locale.FRENCH);
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
