package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.Stages;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.RawDocument;

/**
 * A spreadsheet of news articles (the MasakhaNEWS shape: category, headline, text, url, tab
 * separated) read with {@code --as article}: articles of the URL's site, not posts.
 */
class ArticleRecordsTest {
  static final List<String> MAPPING = List.of("text=text", "title=headline", "url=url");

  @Test
  void tsvRowsReadAsArticlesAreArticlesOfTheUrlsSite() {
    ExportReader reader =
        new ExportOptions(PlatformFormat.CSV, MAPPING, null, null, RecordKind.ARTICLE).reader();
    Exports.Recording read =
        Exports.collect(PlatformFormat.CSV, reader, Exports.path("csv", "news-articles.tsv"));

    assertThat(read.errors).isEmpty();
    assertThat(read.documents).hasSize(3).allMatch(d -> !d.isPost());
    RawDocument first = read.documents.getFirst();
    assertThat(first.hints())
        .containsEntry(RawDocument.Hint.SITE, "bbc.com")
        .containsEntry(
            RawDocument.Hint.TITLE, "Mali : les partis politiques préparent les législatives");
    AnalyzedDocument analyzed = Stages.standard().analyze(first);
    assertThat(analyzed.type()).isEqualTo(AnalyzedDocument.ARTICLE);
    assertThat(analyzed.site()).isEqualTo("bbc.com");
    assertThat(analyzed.title()).startsWith("Mali : les partis");
    assertThat(analyzed.language()).isEqualTo("fra");
  }

  @Test
  void theSameRowsArePostsByDefault() {
    ExportReader reader = new ExportOptions(PlatformFormat.CSV, MAPPING, null, null).reader();
    Exports.Recording read =
        Exports.collect(PlatformFormat.CSV, reader, Exports.path("csv", "news-articles.tsv"));
    assertThat(read.documents).hasSize(3).allMatch(RawDocument::isPost);
  }

  @Test
  void onlyGenericTablesCanBeReadAsArticles() {
    assertThatThrownBy(
            () ->
                new ExportOptions(
                    PlatformFormat.TELEGRAM, List.of(), null, null, RecordKind.ARTICLE))
        .hasMessageContaining("only csv and jsonl");
    assertThatThrownBy(() -> RecordKind.of("tweet")).hasMessageContaining("'post' or 'article'");
  }
}
