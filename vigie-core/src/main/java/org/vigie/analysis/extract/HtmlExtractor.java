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
 * clearly longer than what the scoring found, that body is used instead. When the body is still far
 * shorter than the prose the page shows, {@link FallbackContent} looks again; {@link
 * Extraction#rule()} says which rule produced the text.
 *
 * <p>Only parses: nothing in the page is executed or fetched. Stateless and thread-safe; time and
 * memory are linear in the page size.
 */
public final class HtmlExtractor {
  private static final double LD_BODY_MARGIN = 1.5;

  /** Bodies at least this long are trusted without looking at the rest of the page. */
  private static final int FALLBACK_CHECK_CHARS = 3000;

  private static final int MIN_FALLBACK_PROSE = 200;

  /** A body under this share of the page's visible prose is "far too little". */
  private static final double TOO_LITTLE_SHARE = 0.5;

  /** A fallback holding this share of the visible prose is taken at once. */
  private static final double ENOUGH_SHARE = 0.5;

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
    String rule = body.isBlank() ? "none" : "scoring";
    String ldBody = ld == null ? null : paragraphs(ld.body());
    if (ldBody != null && ldBody.length() > body.length() * LD_BODY_MARGIN) {
      body = ldBody;
      rule = "json-ld";
    }
    if (body.length() < FALLBACK_CHECK_CHARS) {
      FallbackContent.Found found = fallback(html, baseUrl, body, out.title());
      if (found != null) {
        body = found.text();
        rule = found.rule();
      }
    }
    return out.text(body).rule(rule).build();
  }

  /**
   * When the body found is far shorter than the prose the page shows, the first fallback that
   * recovers enough of it, else the longest one if it beats the body; null to keep the body.
   */
  private static FallbackContent.Found fallback(
      String html, String baseUrl, String body, String title) {
    Document fresh = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
    FallbackContent.strip(fresh);
    Element root = fresh.body() == null ? fresh : fresh.body();
    int prose = FallbackContent.visibleProse(root);
    if (prose < MIN_FALLBACK_PROSE || body.length() >= prose * TOO_LITTLE_SHARE) {
      return null;
    }
    FallbackContent.Found longest = null;
    for (FallbackContent.Found f :
        new FallbackContent.Found[] {
          FallbackContent.markedElement(fresh, title),
          FallbackContent.densestParagraphs(fresh, title)
        }) {
      if (f == null) {
        continue;
      }
      if (f.text().length() >= prose * ENOUGH_SHARE) {
        return f;
      }
      if (longest == null || f.text().length() > longest.text().length()) {
        longest = f;
      }
    }
    return longest != null && longest.text().length() > body.length() ? longest : null;
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
