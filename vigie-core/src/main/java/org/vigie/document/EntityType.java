package org.vigie.document;

/**
 * The kinds of named entity Vigie finds; {@link #code()} is how it is written in JSON, fields and
 * URLs.
 */
public enum EntityType {
  PER,
  LOC,
  ORG;

  public String code() {
    return name();
  }

  /** The type of a tag's code ("PER", "I-PER", "B-LOC"), or {@code null} for "O" and others. */
  public static EntityType fromTag(String tag) {
    String t = tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
    return switch (t) {
      case "PER" -> PER;
      case "LOC" -> LOC;
      case "ORG" -> ORG;
      default -> null;
    };
  }
}
