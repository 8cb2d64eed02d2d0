package org.vigie.archive.review;

import java.util.Locale;

/**
 * Where an item of the review queue stands. Every item starts {@link #A_TRAITER}; reviewers move it
 * to any other status, each move recorded in the audit trail. {@link #CONFIRME} and {@link #ECARTE}
 * are decisions: they count in the flags' precision and become training data.
 */
public enum ReviewStatus {
  /** À traiter: nobody has looked at it yet. */
  A_TRAITER,
  /** En cours: a reviewer is on it. */
  EN_COURS,
  /** Non concluant: looked at, no decision possible. */
  NON_CONCLUANT,
  /** Confirmé: the flag is right. */
  CONFIRME,
  /** Écarté: the flag is wrong. */
  ECARTE;

  /** Lower-case, as stored, in URLs and in the API ({@code a_traiter}, {@code confirme}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this status is a decision on the flag (confirmed or rejected). */
  public boolean decided() {
    return this == CONFIRME || this == ECARTE;
  }

  /**
   * The status a code names, in any case, with or without accents ({@code confirmé}, {@code à
   * traiter}).
   *
   * @throws IllegalArgumentException naming the value and the codes expected
   */
  public static ReviewStatus parse(String value) {
    if (value != null) {
      String plain =
          java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .replace(' ', '_')
              .toUpperCase(Locale.ROOT);
      for (ReviewStatus s : values()) {
        if (s.name().equals(plain)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown review status '"
            + value
            + "': expected a_traiter, en_cours, non_concluant, confirme or ecarte");
  }
}
