package org.vigie.analytics.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts reports are set in: DejaVu Sans (regular, bold, oblique), shipped with Vigie as
 * resources (licence in {@code fonts/LICENSE}) so that French and West African letters (é è ç œ, ɛ
 * ɔ ɲ ŋ ë ñ) are drawn and embedded whatever fonts the machine has.
 */
final class ReportFonts {
  static final String FAMILY = "DejaVu Sans";

  /** A shipped font file: its resource, weight and whether it is oblique. */
  record Face(String resource, int weight, boolean oblique) {
    InputStream open() {
      InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + resource);
      if (in == null) {
        throw new IllegalStateException("the report font " + resource + " is missing from the jar");
      }
      return in;
    }
  }

  static final List<Face> FACES =
      List.of(
          new Face("DejaVuSans.ttf", 400, false),
          new Face("DejaVuSans-Bold.ttf", 700, false),
          new Face("DejaVuSans-Oblique.ttf", 400, true));

  private static volatile boolean registered;

  private ReportFonts() {}

  /** Registers the fonts with Java's graphics, for the charts drawn as images (Word). */
  static void registerWithAwt() {
    if (registered) {
      return;
    }
    synchronized (ReportFonts.class) {
      if (registered) {
        return;
      }
      GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
      for (Face f : FACES) {
        try (InputStream in = f.open()) {
          ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the report font " + f.resource(), e);
        } catch (FontFormatException e) {
          throw new IllegalStateException("the report font " + f.resource() + " is broken", e);
        }
      }
      registered = true;
    }
  }
}
