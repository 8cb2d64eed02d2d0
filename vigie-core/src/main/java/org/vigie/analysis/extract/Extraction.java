package org.vigie.analysis.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.document.ClaimReview;

/**
 * What an extractor found in one document. Every field but {@code text} and {@code keywords} may be
 * {@code null}.
 *
 * @param title the headline, without the site name a page title often appends
 * @param author the signed author or authors ({@code "A. Diallo, B. Traoré"})
 * @param published the publication time, ISO 8601 as {@link
 *     org.vigie.document.PublishedTime#normalize} writes it
 * @param site the publishing site's name
 * @param url the canonical address the document declares
 * @param description the summary the document gives of itself
 * @param keywords tags and keywords the document declares, in order, without duplicates
 * @param text the clean body: paragraphs separated by a blank line, never {@code null}
 * @param rule which rule produced {@code text}: {@code scoring}, {@code json-ld}, {@code
 *     main-element}, {@code paragraphs}, {@code none} (nothing found), {@code plain} (not HTML);
 *     {@code null} when unknown
 * @param claimReviews the fact-checks the page publishes in its JSON-LD ({@link ClaimReviewReader})
 */
public record Extraction(
    String title,
    String author,
    String published,
    String site,
    String url,
    String description,
    List<String> keywords,
    String text,
    String rule,
    List<ClaimReview> claimReviews) {

  public Extraction {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    text = text == null ? "" : text;
    claimReviews = claimReviews == null ? List.of() : List.copyOf(claimReviews);
  }

  /** An extraction that found no fact-check. */
  public Extraction(
      String title,
      String author,
      String published,
      String site,
      String url,
      String description,
      List<String> keywords,
      String text,
      String rule) {
    this(title, author, published, site, url, description, keywords, text, rule, List.of());
  }

  /** An extraction whose rule is not told. */
  public Extraction(
      String title,
      String author,
      String published,
      String site,
      String url,
      String description,
      List<String> keywords,
      String text) {
    this(title, author, published, site, url, description, keywords, text, null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects values from sources of decreasing trust: each field keeps the first non-blank value it
   * is offered, so callers offer the most trusted source first. Values are stripped.
   */
  public static final class Builder {
    private String title;
    private String author;
    private String published;
    private String site;
    private String url;
    private String description;
    private final Set<String> keywords = new LinkedHashSet<>();
    private String text;
    private String rule;
    private List<ClaimReview> claimReviews = List.of();

    private Builder() {}

    public Builder title(String v) {
      title = firstOf(title, v);
      return this;
    }

    public Builder author(String v) {
      author = firstOf(author, v);
      return this;
    }

    /** Offers a publication time; values that are not ISO 8601 dates or times are ignored. */
    public Builder published(String v) {
      if (published == null) {
        published = PublicationDates.toIso(v);
      }
      return this;
    }

    public Builder site(String v) {
      site = firstOf(site, v);
      return this;
    }

    public Builder url(String v) {
      url = firstOf(url, v);
      return this;
    }

    public Builder description(String v) {
      description = firstOf(description, v);
      return this;
    }

    /** Adds a keyword; unlike the other fields, keywords from every source are kept. */
    public Builder keyword(String v) {
      if (v != null && !v.isBlank()) {
        keywords.add(v.strip());
      }
      return this;
    }

    public Builder text(String v) {
      text = firstOf(text, v);
      return this;
    }

    /** Which rule produced the text (see {@link Extraction#rule()}). */
    public Builder rule(String v) {
      rule = firstOf(rule, v);
      return this;
    }

    /** The page's fact-checks; the first non-empty list offered is kept. */
    public Builder claimReviews(List<ClaimReview> v) {
      if (claimReviews.isEmpty() && v != null) {
        claimReviews = List.copyOf(v);
      }
      return this;
    }

    public String title() {
      return title;
    }

    public String site() {
      return site;
    }

    public Extraction build() {
      return new Extraction(
          title,
          author,
          published,
          site,
          url,
          description,
          new ArrayList<>(keywords),
          text,
          rule,
          claimReviews);
    }

    private static String firstOf(String current, String offered) {
      if (current != null || offered == null || offered.isBlank()) {
        return current;
      }
      return offered.strip();
    }
  }
}
