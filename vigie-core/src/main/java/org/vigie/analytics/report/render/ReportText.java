package org.vigie.analytics.report.render;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report's words in its language ({@code report.properties}: French by default, {@code
 * report_en.properties}), its numbers and dates as that language writes them.
 */
public final class ReportText {
  private final ResourceBundle bundle;
  private final Locale locale;

  public ReportText(String language) {
    this.locale = "en".equals(language) ? Locale.UK : Locale.FRANCE;
    this.bundle =
        ResourceBundle.getBundle(
            "org.vigie.analytics.report.render.report",
            "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The message {@code key} with its arguments (strings, written as they are). */
  public String t(String key, Object... args) {
    String pattern = bundle.getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }

  /** A count as the language writes it, a plain space between thousands in French. */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale)
        .format(n)
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  /** A day in words: {@code 18 mars 2024}, {@code 18 March 2024}. */
  public String day(LocalDate d) {
    return d == null
        ? ""
        : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /** A change in percent with its sign: {@code +12 %}, {@code −5 %}. */
  public String change(Double percent) {
    if (percent == null) {
      return t("figure.new");
    }
    long rounded = Math.round(percent);
    String sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";
    return sign + Math.abs(rounded) + (locale == Locale.FRANCE ? " %" : "%");
  }

  public Locale locale() {
    return locale;
  }
}
