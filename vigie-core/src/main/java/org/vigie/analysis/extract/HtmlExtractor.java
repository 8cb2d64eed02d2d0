package org.vigie.analysis.extract;

import java.util.List;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page: its metadata ({@link HtmlMetadata}) and its body text.
 * The body is found by our own content scoring ({@link MainContent}) after boilerplate elements are
 * pruned ({@link BoilerplatePruner}); when the page's JSON-LD carries an {@code articleBody}
 * clearly longer than what the scoring found, that body is used instead.
 *
 * <p>Only parses: nothing in the page is executed or fetched. Stateless and thread-safe; time and
 * memory are linear in the page size.
 */
public final class HtmlExtractor {
  private static final double LD_BODY_MARGIN = 1.5;

  /**
   * Extracts one page.
   *
   * @param html the decoded page
   * @param baseUrl the page's address, used to resolve relative links; may be {@code null}
   */
  public Extraction extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
    Extraction.Builder out = Extraction.builder();
    JsonLdArticle ld = HtmlMetadata.read(doc, out);
    String body = bodyText(doc.body(), out.title());
    String ldBody = ld == null ? null : paragraphs(ld.body());
    if (ldBody != null && ldBody.length() > body.length() * LD_BODY_MARGIN) {
      body = ldBody;
    }
    return out.text(body).build();
  }

  private static String bodyText(Element body, String title) {
    if (body == null) {
      return "";
    }
    BoilerplatePruner.prune(body);
    List<TextBlock> blocks = MainContent.select(TextBlocks.of(body), title);
    StringJoiner text = new StringJoiner("\n\n");
    for (TextBlock b : blocks) {
      for (String paragraph : b.text().split("\n\n")) {
        if (title == null || !paragraph.strip().equalsIgnoreCase(title)) {
          text.add(paragraph);
        }
      }
    }
    return text.toString();
  }

  /** JSON-LD bodies are plain text, sometimes with HTML left in; both become paragraphs. */
  private static String paragraphs(String ldBody) {
    if (ldBody == null || ldBody.isBlank()) {
      return null;
    }
    String text = ldBody.contains("<") ? Jsoup.parse(ldBody).wholeText() : ldBody;
    return text.strip().replaceAll("[ \\t]*\\n[\\s]*", "\n\n");
  }
}
