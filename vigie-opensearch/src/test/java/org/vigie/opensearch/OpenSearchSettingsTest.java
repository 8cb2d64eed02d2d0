package org.vigie.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.store.StoreConfigException;

/** Reading the backend's options, and the trust material of https clusters (real files). */
class OpenSearchSettingsTest {

  static String resource(String name) {
    try {
      return Path.of(OpenSearchSettingsTest.class.getResource("/tls/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void hostsWithoutSchemeOrPortGetTheDefaults() {
    OpenSearchSettings s = OpenSearchSettings.of("h1, h2:9201,https://h3:443", "v-");
    assertThat(s.hosts())
        .containsExactly(
            URI.create("http://h1:9200"),
            URI.create("http://h2:9201"),
            URI.create("https://h3:443"));
    assertThat(s.documentsIndex()).isEqualTo("v-documents");
    assertThat(s.replicas()).isEqualTo(1);
  }

  @Test
  void trustMaterialMakesHostsHttps() {
    OpenSearchSettings s =
        OpenSearchSettings.fromOptions(
            Map.of(
                "hosts",
                "h1:9200",
                "ca-file",
                resource("ca.pem"),
                "username",
                "vigie",
                "password",
                "secret"));
    assertThat(s.hosts()).containsExactly(URI.create("https://h1:9200"));
    assertThat(s.toString()).doesNotContain("secret");
  }

  @Test
  void aCaFileOrATrustStoreOpensAConnection() {
    for (Map<String, String> tls :
        List.of(
            Map.of("ca-file", resource("ca.pem")),
            Map.of("truststore", resource("truststore.p12"), "truststore-password", "changeit"))) {
      Map<String, String> options = new HashMap<>(tls);
      options.put("hosts", "127.0.0.1:9200");
      try (OpenSearchConnection c =
          new OpenSearchConnection(OpenSearchSettings.fromOptions(options))) {
        assertThat(c).isNotNull();
      }
    }
  }

  @Test
  void badOptionsAreNamed() {
    assertThatThrownBy(() -> OpenSearchSettings.fromOptions(Map.of()))
        .isInstanceOf(StoreConfigException.class)
        .hasMessageContaining("no hosts");
    assertThatThrownBy(() -> OpenSearchSettings.of("ftp://h1", "v-"))
        .isInstanceOf(StoreConfigException.class)
        .hasMessageContaining("ftp://h1");
    assertThatThrownBy(() -> OpenSearchSettings.of("h1", "Vigie_"))
        .isInstanceOf(StoreConfigException.class)
        .hasMessageContaining("Vigie_");
    assertThatThrownBy(
            () -> OpenSearchSettings.fromOptions(Map.of("hosts", "h1", "replicas", "two")))
        .isInstanceOf(StoreConfigException.class)
        .hasMessageContaining("replicas");
    assertThatThrownBy(
            () ->
                new OpenSearchConnection(
                    OpenSearchSettings.fromOptions(
                        Map.of("hosts", "h1", "ca-file", resource("broken.pem")))))
        .isInstanceOf(StoreConfigException.class)
        .hasMessageContaining("broken.pem");
    assertThatThrownBy(
            () ->
                new OpenSearchConnection(
                    OpenSearchSettings.fromOptions(
                        Map.of(
                            "hosts",
                            "h1",
                            "truststore",
                            resource("truststore.p12"),
                            "truststore-password",
                            "wrong"))))
        .isInstanceOf(StoreConfigException.class)
        .hasMessageContaining("truststore.p12");
  }

  @Test
  void fragmentsBecomeParts() {
    var snippet =
        OpenSearchSearches.snippet("la \u0001MINUSMA\u0002 et les\n\u0001blogueurs\u0002");
    assertThat(snippet.text()).isEqualTo("la MINUSMA et les blogueurs");
    assertThat(snippet.parts())
        .filteredOn(p -> p.highlighted())
        .extracting(p -> p.text())
        .containsExactly("MINUSMA", "blogueurs");
  }
}
