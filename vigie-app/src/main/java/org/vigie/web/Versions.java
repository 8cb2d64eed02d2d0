package org.vigie.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of bundled front-end assets, written by the build into {@code vigie-app.properties}. */
final class Versions {
  private static final Properties PROPERTIES = load();
  static final String HTMX = PROPERTIES.getProperty("htmx.version");
  static final String ECHARTS = PROPERTIES.getProperty("echarts.version");

  private Versions() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/vigie-app.properties")) {
      if (in == null) {
        throw new IllegalStateException("vigie-app.properties is missing from the classpath");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
