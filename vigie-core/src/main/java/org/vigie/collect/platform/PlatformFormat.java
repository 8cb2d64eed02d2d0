package org.vigie.collect.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The platform exports Vigie reads, by the names {@code vigie ingest --format} takes. */
public enum PlatformFormat {
  /** Telegram Desktop's {@code result.json} (one chat, or a full export). */
  TELEGRAM("result.json"),
  /** An X/Twitter archive's {@code data/tweets.js}. */
  X("data/tweets.js"),
  /** A Meta Content Library or CrowdTangle CSV (Facebook, Instagram). */
  CROWDTANGLE(null),
  /** Any CSV, its columns named by a field mapping. */
  CSV(null),
  /** Any JSON Lines, its keys named by a field mapping. */
  JSONL(null);

  private final String usualFile;

  PlatformFormat(String usualFile) {
    this.usualFile = usualFile;
  }

  /** The name on the command line: {@code telegram}, {@code x}… */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file an export folder holds, relative to it, or {@code null} when there is none. */
  public String usualFile() {
    return usualFile == null ? "file of this format" : usualFile;
  }

  /**
   * The format named {@code id}, case ignored.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  public static PlatformFormat of(String id) {
    for (PlatformFormat f : values()) {
      if (f.id().equalsIgnoreCase(id.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + id + "'; known formats: " + known());
  }

  public static String known() {
    return Arrays.stream(values()).map(PlatformFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * The file to read for an input: the input itself, or for a folder its usual file ({@code
   * result.json}; {@code data/tweets.js} or {@code tweets.js}); {@code null} for a folder without
   * one.
   */
  Path fileIn(Path input) {
    if (!Files.isDirectory(input)) {
      return input;
    }
    if (usualFile == null) {
      return null;
    }
    Path usual = input.resolve(usualFile);
    if (Files.isRegularFile(usual)) {
      return usual;
    }
    Path flat = input.resolve(Path.of(usualFile).getFileName());
    return Files.isRegularFile(flat) ? flat : null;
  }
}
