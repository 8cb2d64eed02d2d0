package org.vigie.analysis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;

class EntityExtractorTest {
  private final EntityExtractor extractor = EntityExtractor.standard();

  private static String find(List<Entity> entities, String text) {
    return entities.stream()
        .filter(e -> e.text().equals(text))
        .map(e -> e.type() + " " + e.canonical())
        .findFirst()
        .orElse("missing");
  }

  @Test
  void titlesAndPartialNamesMergeIntoTheFullName() {
    List<Entity> e =
        extractor.extract(
            "Aminata Diallo, directrice de l’école, a parlé. Selon Mme Diallo, tout va bien. Aminata"
                + " sourit.");
    assertThat(find(e, "Aminata Diallo")).isEqualTo("PER Aminata Diallo");
    assertThat(find(e, "Diallo")).isEqualTo("PER Aminata Diallo");
    assertThat(find(e, "Aminata")).isEqualTo("PER Aminata Diallo");
    assertThat(e.get(0).role()).isEqualTo("directrice de l’école");
  }

  @Test
  void acronymsAreLinkedToTheirExpansion() {
    List<Entity> e =
        extractor.extract(
            "La Haute autorité de la communication (HAC) a averti les radios. La HAC suspend"
                + " deux titres.");
    assertThat(e)
        .extracting(Entity::text, Entity::type, Entity::canonical)
        .contains(
            Tuple.tuple("Haute autorité de la communication", EntityType.ORG, "HAC"),
            Tuple.tuple("HAC", EntityType.ORG, "HAC"));
  }

  @Test
  void entitiesWithRolesSurviveTheJsonForm() {
    AnalyzedDocument doc =
        AnalyzedDocument.builder()
            .id("x")
            .text("t")
            .entities(
                List.of(
                    new Entity("Bamba", EntityType.PER, "Ousmane Bamba", 0, 5, "chef de cabinet")))
            .build();
    String json = DocumentJson.write(doc);
    assertThat(json).contains("\"role\":\"chef de cabinet\"");
    assertThat(DocumentJson.read(json)).isEqualTo(doc);
  }

  @Test
  void unknownAcronymsNeedEvidenceInTheDocument() {
    assertThat(extractor.extract("VENTE DE MAISON. Prix a débattre.")).isEmpty();
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoEntities() {
    assertThat(extractor.extract("")).isEmpty();
    assertThat(extractor.extract(" … « » ( ) ")).isEmpty();
  }
}
