package org.vigie.collect.sources;

import java.text.Normalizer;
import java.util.Locale;

/** Source ids made from names, for people who do not choose one. */
public final class SourceIds {
  private SourceIds() {}

  /** "Studio Tamani (fr)" → "studio-tamani-fr"; accents dropped, other characters as dashes. */
  public static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return ascii.isEmpty() ? "source" : ascii;
  }
}
