package org.vigie.web.page;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.vigie.document.PublishedTime;

/**
 * The interface's words and formats in one language: French by default, English on request.
 * Immutable and thread-safe.
 */
public final class WebText {
  public static final WebText FRENCH = new WebText(Locale.FRENCH);
  public static final WebText ENGLISH = new WebText(Locale.ENGLISH);

  /** ISO 639-3 codes Java's locale data does not name. */
  private static final Map<String, String[]> EXTRA_LANGUAGES =
      Map.of(
          "man", new String[] {"manding", "Manding"},
          "dyu", new String[] {"dioula", "Dyula"},
          "mos", new String[] {"mooré", "Mooré"},
          "taq", new String[] {"tamasheq", "Tamasheq"},
          "ful", new String[] {"peul", "Fula"},
          "ara", new String[] {"arabe", "Arabic"},
          "und", new String[] {"indéterminée", "undetermined"});

  private static final Map<String, Locale> BY_ISO3 = iso3Locales();

  private final Locale locale;
  private final ResourceBundle bundle;

  private WebText(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.vigie.web.messages", locale);
  }

  /** French unless the code asks for English. */
  public static WebText of(String code) {
    return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
  }

  public String code() {
    return locale.getLanguage();
  }

  public boolean english() {
    return this == ENGLISH;
  }

  /**
   * The message for a key, formatted by {@link MessageFormat} (the bundles use the typographic
   * apostrophe, since a plain one quotes in MessageFormat); the key itself when it is missing.
   */
  public String t(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A publication date in words ("30 janvier 2015"), or "—". */
  public String date(String published) {
    if (published == null) {
      return "—";
    }
    LocalDate day = PublishedTime.toDate(published);
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /**
   * A publication date in words, or, for a document without one, "sans date (collecté le 7 décembre
   * 2026)": the collection day is named as such, never passed off as a publication date.
   */
  public String dateOrCollected(String published, java.time.Instant fetched) {
    if (published != null || fetched == null) {
      return date(published);
    }
    LocalDate day = LocalDate.ofInstant(fetched, java.time.ZoneOffset.UTC);
    return t(
        "date.undatedCollected",
        day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
  }

  /**
   * A day in short words ("12 mars"), with its year when it is not this year's ("12 mars 2025"), or
   * "—".
   */
  public String day(String published) {
    if (published == null) {
      return "—";
    }
    LocalDate day = PublishedTime.toDate(published);
    boolean thisYear = day.getYear() == LocalDate.now(java.time.ZoneOffset.UTC).getYear();
    return day.format(DateTimeFormatter.ofPattern(thisYear ? "d MMMM" : "d MMMM yyyy", locale));
  }

  /** A collection time in words, in UTC ("23 novembre 2026, 08:08 UTC"). */
  public String dateTime(java.time.Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(java.time.ZoneOffset.UTC)
            .format(instant)
        + " UTC";
  }

  /** A month facet value ("2015-01") in words ("janvier 2015"). */
  public String month(String yearMonth) {
    try {
      return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    } catch (RuntimeException e) {
      return yearMonth;
    }
  }

  /** The name of a language given by its ISO 639-3 code, in this interface's language. */
  public String language(String iso3) {
    if (iso3 == null) {
      return "—";
    }
    String[] extra = EXTRA_LANGUAGES.get(iso3);
    if (extra != null) {
      return extra[english() ? 1 : 0];
    }
    Locale l = BY_ISO3.get(iso3);
    return l == null ? iso3 : l.getDisplayLanguage(locale);
  }

  private static Map<String, Locale> iso3Locales() {
    Map<String, Locale> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale l = Locale.of(two);
      try {
        map.put(l.getISO3Language(), l);
      } catch (MissingResourceException e) {
        // a language without a three-letter code: not one Vigie reports
      }
    }
    return Map.copyOf(map);
  }
}
