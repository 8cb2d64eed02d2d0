package org.vigie.analysis.quotes;

/** Grammatical gender of a person or of the words that name one. */
enum Gender {
  FEMININE,
  MASCULINE,
  UNKNOWN;

  /** True unless both genders are known and differ. */
  boolean compatible(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  /** This gender, or {@code other} when this one is unknown. */
  Gender or(Gender other) {
    return this == UNKNOWN ? other : this;
  }
}
