package org.vigie.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ContentId;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.link.ArchiveWriter;
import org.vigie.search.Interval;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.store.lucene.LuceneIndex;

/**
 * Trends and entity profiles over a real index holding dated articles and undated ones collected
 * together on one day: the undated ones are counted apart and never make a bucket (or a spike) on
 * the collection day.
 */
class UndatedSeriesTest {
  /** The day the undated documents were collected, far from every publication date. */
  private static final Instant COLLECTED = Instant.parse("2026-12-07T09:30:00Z");

  @TempDir Path folder;
  private LuceneIndex index;

  @BeforeEach
  void open() {
    index = LuceneIndex.open(folder);
    ArchiveWriter writer = ArchiveWriter.standard(index);
    List.of(
            doc(
                "Bamako : la MINUSMA achève le retrait de ses derniers casques bleus du camp.",
                "2023-03-02T10:00:00Z"),
            doc(
                "Tombouctou : la MINUSMA remet la base de l'aéroport aux autorités maliennes.",
                "2023-03-10T08:00:00Z"),
            doc("Communiqué : la MINUSMA rappelle le calendrier de son départ du Mali.", null),
            doc("Selon la MINUSMA, les convois ont quitté Gao sous escorte.", null),
            doc("La MINUSMA publie le bilan humanitaire de la région de Mopti.", null))
        .forEach(d -> assertThat(writer.addIfAbsent(d)).isTrue());
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static AnalyzedDocument doc(String text, String published) {
    int at = text.indexOf("MINUSMA");
    return AnalyzedDocument.builder()
        .id(ContentId.ofText(text))
        .text(text)
        .published(published)
        .fetchedAt(COLLECTED)
        .language("fra")
        .sourceId("test")
        .contentType("text/plain")
        .entities(List.of(new Entity("MINUSMA", EntityType.ORG, "MINUSMA", at, at + 7, null)))
        .build();
  }

  @Test
  void trendsCountUndatedDocumentsApartAndNeverOnTheirCollectionWeek() {
    TrendSeries t =
        TrendSeries.count(
            index, List.of(new Query.Phrase(SearchFields.ORGANIZATION, "MINUSMA")), Interval.WEEK);

    assertThat(t.starts())
        .containsExactly(LocalDate.of(2023, 2, 27), LocalDate.of(2023, 3, 6))
        .noneMatch(d -> d.getYear() == 2026);
    assertThat(t.counts().getFirst()).containsExactly(1, 1);
    assertThat(t.undated()).containsExactly(3L);
    assertThat(t.spikes().getFirst()).isEmpty();
  }

  @Test
  void anEntitysMentionsChartLeavesUndatedDocumentsOffTheAxis() {
    EntityProfile p =
        new EntityProfiles(index).of(SearchFields.ORGANIZATION, "MINUSMA").orElseThrow();

    assertThat(p.total()).isEqualTo(5);
    assertThat(p.mentions().dated()).isEqualTo(2);
    assertThat(p.mentions().undated()).isEqualTo(3);
    assertThat(p.mentions().buckets()).allMatch(b -> b.start().getYear() == 2023);
  }
}
