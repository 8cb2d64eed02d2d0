package org.vigie.analysis.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Datelines and notices in the first lines give an undated page its day; other dates do not. */
class DatelineTest {
  private static final LocalDate COLLECTED = LocalDate.parse("2026-12-07");
  private final DateExtractor dates = new DateExtractor();

  private LocalDate dateline(String text) {
    return Dateline.of(text, dates.extract(text, COLLECTED), COLLECTED);
  }

  @Test
  void aPlaceAndADayOpeningTheText() {
    assertThat(
            dateline(
                "Bamako, le 12 mars 2024 – Le gouvernement de transition a annoncé hier la"
                    + " reprise des cours dans les écoles de Mopti."))
        .isEqualTo(LocalDate.parse("2024-03-12"));
    assertThat(
            dateline(
                "Communiqué de presse\n\nOuagadougou, 3 janvier 2025 (AIB) - Le ministre de la"
                    + " Communication a reçu les responsables des radios communautaires."))
        .isEqualTo(LocalDate.parse("2025-01-03"));
  }

  @Test
  void aPublicationNoticeInTheFirstLines() {
    assertThat(
            dateline(
                "Élections : la CENI publie le calendrier\nPublié le 4 février 2024\n\nLa"
                    + " Commission électorale nationale indépendante a rendu public…"))
        .isEqualTo(LocalDate.parse("2024-02-04"));
    assertThat(dateline("Mis à jour le 15/10/2025\nLes routes de Kayes sont rouvertes."))
        .isEqualTo(LocalDate.parse("2025-10-15"));
  }

  @Test
  void aDateTheTextSpeaksOfIsNotItsPublicationDay() {
    assertThat(
            dateline(
                "Le coup d’État du 22 mars 2012 a ouvert une période de crise au Mali, rappelle"
                    + " l’historien."))
        .isNull();
    assertThat(dateline("Les 6 et 7 décembre derniers, la base de la MINUSMA a abrité…"))
        .as("no year written: the day is resolved, but it is not a dateline")
        .isNull();
    assertThat(dateline("Bamako, le 12 mars – La mairie a annoncé des travaux.")).isNull();
  }

  @Test
  void aDatelineFurtherThanTheFirstLinesOrInTheFutureIsIgnored() {
    String late = "Une ligne.\n".repeat(6) + "Bamako, le 12 mars 2024 – Le gouvernement…";
    assertThat(dateline(late)).isNull();
    assertThat(dateline("Dakar, le 2 janvier 2027 – Le forum se tiendra…")).isNull();
  }
}
