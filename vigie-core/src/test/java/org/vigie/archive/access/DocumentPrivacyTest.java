package org.vigie.archive.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.document.AnalyzedDocument;

class DocumentPrivacyTest {
  @Test
  void readersSeeNoServerPathButKeepWebAddresses() {
    AnalyzedDocument file =
        AnalyzedDocument.builder()
            .id("d1")
            .text("Texte.")
            .origin("/srv/vigie/imports/2024-03/communique.txt")
            .sourceId("files:/srv/vigie/imports/2024-03")
            .build();
    AnalyzedDocument shown = DocumentPrivacy.forReaders(file);
    assertThat(shown.origin()).isNull();
    assertThat(shown.sourceId()).isEqualTo("files:2024-03");
    assertThat(shown.text()).isEqualTo("Texte.");

    AnalyzedDocument web =
        AnalyzedDocument.builder()
            .id("d2")
            .text("Texte.")
            .origin("https://www.lessor.ml/article")
            .sourceId("feed:lessor")
            .build();
    assertThat(DocumentPrivacy.forReaders(web)).isSameAs(web);
    assertThat(DocumentPrivacy.source("files:C:\\\\imports\\\\mars\\\\")).isEqualTo("files:mars");
  }
}
