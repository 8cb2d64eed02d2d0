package org.vigie.collect.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
  private final UrlNormalizer normalizer = new UrlNormalizer();

  @Test
  void lowerCasesTheHostDropsDefaultPortFragmentAndDotSegments() {
    assertThat(normalizer.normalize("HTTP://WWW.Maliweb.NET:80/a/../politique/./article.html#haut"))
        .isEqualTo("http://www.maliweb.net/politique/article.html");
    assertThat(normalizer.normalize("https://lefaso.net:443")).isEqualTo("https://lefaso.net/");
  }

  @Test
  void stripsTrackingParametersAndSortsTheOthers() {
    assertThat(
            normalizer.normalize(
                "https://www.seneweb.com/news/article?id=42&utm_source=rss&lang=fr&fbclid=abc"))
        .isEqualTo("https://www.seneweb.com/news/article?id=42&lang=fr");
    assertThat(normalizer.normalize("https://a.example/x?b=2&a=1"))
        .isEqualTo("https://a.example/x?a=1&b=2");
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    assertThat(normalizer.normalize("ftp://files.example/a")).isNull();
    assertThat(normalizer.normalize("javascript:alert(1)")).isNull();
    assertThat(normalizer.normalize("  ")).isNull();
  }
}
