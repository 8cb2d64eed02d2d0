package org.vigie.link.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyFileTest {
  @TempDir Path work;

  @Test
  void theStarterTaxonomyIsFrenchAndCoversTheSixCategories() {
    List<Topic> starter = TaxonomyFile.starter();
    assertThat(starter).hasSizeBetween(40, 80);
    Set<String> top =
        starter.stream().map(t -> t.category().getFirst()).collect(Collectors.toSet());
    assertThat(top)
        .containsExactlyInAnyOrder(
            "Élections",
            "Paix et sécurité",
            "Désinformation",
            "Droits humains",
            "Médias et réseaux sociaux",
            "Liberté d'expression / coupures d'Internet");
    assertThat(starter).extracting(Topic::query).anyMatch(q -> q.contains("MINUSMA"));
    starter.forEach(Topic::parsedQuery);
  }

  @Test
  void exportThenImportGivesTheSameTaxonomy() {
    Path file = work.resolve("taxonomy.json");
    List<Topic> starter = TaxonomyFile.starter();
    TaxonomyFile.write(file, starter);
    TaxonomyFile.Read read = TaxonomyFile.read(file);
    assertThat(read.errors()).isEmpty();
    assertThat(read.topics()).isEqualTo(starter);
  }

  @Test
  void badTopicsAreSkippedWithAnErrorNamingTheFileTheTopicAndTheField() throws Exception {
    Path file = work.resolve("mixed.json");
    Files.writeString(
        file,
        """
        {"topics": [
          {"id": "ok", "name": "Bon", "category": "Élections > Mali", "query": "Mali ET élection"},
          {"id": "Bad Id", "name": "Mauvais", "query": "x"},
          {"id": "parse", "name": "Requête", "query": "(Mali"},
          {"id": "ok", "name": "Encore", "query": "Niger"},
          {"name": "Sans identifiant", "query": "Niger"}
        ]}
        """);
    TaxonomyFile.Read read = TaxonomyFile.read(file);
    assertThat(read.topics()).extracting(Topic::id).containsExactly("ok", "sans-identifiant");
    assertThat(read.topics().getFirst().category()).containsExactly("Élections", "Mali");
    assertThat(read.errors()).hasSize(3);
    assertThat(read.errors().get(0)).contains("mixed.json", "topic #2", "id must be");
    assertThat(read.errors().get(1)).contains("topic #3", "field 'query'");
    assertThat(read.errors().get(2)).contains("topic #4", "seen twice");
    assertThat(read.errorCauses()).containsEntry("query", 1).containsEntry("field", 2);
  }

  @Test
  void aFileThatIsNotATaxonomyIsRefusedByName() throws Exception {
    Path file = work.resolve("not.json");
    Files.writeString(file, "[1, 2");
    assertThatThrownBy(() -> TaxonomyFile.read(file)).hasMessageContaining("not.json");
    Files.writeString(file, "{}");
    assertThatThrownBy(() -> TaxonomyFile.read(file)).hasMessageContaining("not a taxonomy");
  }
}
