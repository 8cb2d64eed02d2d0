package org.vigie.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document as Vigie understands it: clean text, metadata and what the analysis stages found.
 * Immutable; build one with {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * <p>Its JSON form ({@link DocumentJson}) is a public interface: keys are only ever added.
 *
 * @param id stable identifier derived from the content (see {@link ContentId})
 * @param url the document's address, or {@code null}
 * @param title the headline, or {@code null}
 * @param author the signed author, or {@code null}
 * @param published publication time, ISO 8601 date ({@code 2015-01-30}) or instant, or {@code null}
 *     when unknown
 * @param site the publishing site or platform name, or {@code null}
 * @param language ISO 639-3 code ({@code fra}), {@code und} when undetermined
 * @param type {@code article} or {@code post}
 * @param contentType the media type the document was read from
 * @param sourceId the source it was collected from
 * @param origin where its bytes were read (file, line, WARC record)
 * @param fetchedAt when it was collected
 * @param text the clean text: paragraphs separated by a blank line
 * @param entities people, organisations and places, in text order
 * @param quotes quotations with their speakers, in text order
 * @param dates date expressions, in text order
 * @param figures numbers with what they count, in text order
 * @param topics names of the topics it matches
 * @param duplicateOf the id of the first-seen document this one copies, or {@code null}
 * @param storyId the story it belongs to, or {@code null}
 * @param account the author account of a post, or {@code null}
 * @param engagement a post's metrics, or {@code null}
 * @param relations a post's forwards, retweets, replies, quotes, mentions, links, hashtags and
 *     media ({@link Relation}), in the post's order; empty for articles
 * @param edited when a post was last edited, ISO 8601, or {@code null}
 * @param archived the WARC record it was extracted from ({@link ArchivedCopy}), or {@code null}
 * @param signals what per-document analyses flag for review (harmful speech…), with evidence
 * @param claimReviews the fact-checks the document publishes (schema.org {@code ClaimReview} in a
 *     fact-checker's page), in page order; empty for most documents
 */
public record AnalyzedDocument(
    String id,
    String url,
    String title,
    String author,
    String published,
    String site,
    String language,
    String type,
    String contentType,
    String sourceId,
    String origin,
    Instant fetchedAt,
    String text,
    List<Entity> entities,
    List<Quote> quotes,
    List<DateMention> dates,
    List<Figure> figures,
    List<String> topics,
    String duplicateOf,
    String storyId,
    Account account,
    Engagement engagement,
    List<Relation> relations,
    String edited,
    ArchivedCopy archived,
    List<Signal> signals,
    List<ClaimReview> claimReviews) {

  public static final String ARTICLE = "article";
  public static final String POST = "post";
  public static final String UNDETERMINED = "und";

  public AnalyzedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    language = language == null ? UNDETERMINED : language;
    type = type == null ? ARTICLE : type;
    published = published == null ? null : PublishedTime.normalize(published);
    entities = List.copyOf(entities == null ? List.of() : entities);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
    dates = List.copyOf(dates == null ? List.of() : dates);
    figures = List.copyOf(figures == null ? List.of() : figures);
    topics = List.copyOf(topics == null ? List.of() : topics);
    relations = List.copyOf(relations == null ? List.of() : relations);
    signals = List.copyOf(signals == null ? List.of() : signals);
    claimReviews = List.copyOf(claimReviews == null ? List.of() : claimReviews);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .url(url)
        .title(title)
        .author(author)
        .published(published)
        .site(site)
        .language(language)
        .type(type)
        .contentType(contentType)
        .sourceId(sourceId)
        .origin(origin)
        .fetchedAt(fetchedAt)
        .text(text)
        .entities(entities)
        .quotes(quotes)
        .dates(dates)
        .figures(figures)
        .topics(topics)
        .duplicateOf(duplicateOf)
        .storyId(storyId)
        .account(account)
        .engagement(engagement)
        .relations(relations)
        .edited(edited)
        .archived(archived)
        .signals(signals)
        .claimReviews(claimReviews);
  }

  /** Mutable companion of {@link AnalyzedDocument}; the pipeline's stages fill one in. */
  public static final class Builder {
    private String id;
    private String url;
    private String title;
    private String author;
    private String published;
    private String site;
    private String language;
    private String type;
    private String contentType;
    private String sourceId;
    private String origin;
    private Instant fetchedAt;
    private String text;
    private List<Entity> entities = List.of();
    private List<Quote> quotes = List.of();
    private List<DateMention> dates = List.of();
    private List<Figure> figures = List.of();
    private List<String> topics = List.of();
    private String duplicateOf;
    private String storyId;
    private Account account;
    private Engagement engagement;
    private List<Relation> relations = List.of();
    private List<Signal> signals = List.of();
    private List<ClaimReview> claimReviews = List.of();
    private String edited;
    private ArchivedCopy archived;

    private Builder() {}

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder author(String v) {
      author = v;
      return this;
    }

    public Builder published(String v) {
      published = v;
      return this;
    }

    public Builder site(String v) {
      site = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder type(String v) {
      type = v;
      return this;
    }

    public Builder contentType(String v) {
      contentType = v;
      return this;
    }

    public Builder sourceId(String v) {
      sourceId = v;
      return this;
    }

    public Builder origin(String v) {
      origin = v;
      return this;
    }

    public Builder fetchedAt(Instant v) {
      fetchedAt = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder entities(List<Entity> v) {
      entities = v;
      return this;
    }

    public Builder quotes(List<Quote> v) {
      quotes = v;
      return this;
    }

    public Builder dates(List<DateMention> v) {
      dates = v;
      return this;
    }

    public Builder figures(List<Figure> v) {
      figures = v;
      return this;
    }

    public Builder topics(List<String> v) {
      topics = v;
      return this;
    }

    public Builder duplicateOf(String v) {
      duplicateOf = v;
      return this;
    }

    public Builder storyId(String v) {
      storyId = v;
      return this;
    }

    public Builder account(Account v) {
      account = v;
      return this;
    }

    public Builder engagement(Engagement v) {
      engagement = v;
      return this;
    }

    public Builder signals(List<Signal> v) {
      signals = v;
      return this;
    }

    public List<Signal> signals() {
      return signals;
    }

    public Builder claimReviews(List<ClaimReview> v) {
      claimReviews = v;
      return this;
    }

    public Builder relations(List<Relation> v) {
      relations = v;
      return this;
    }

    public Builder edited(String v) {
      edited = v;
      return this;
    }

    public Builder archived(ArchivedCopy v) {
      archived = v;
      return this;
    }

    public String type() {
      return type;
    }

    public String id() {
      return id;
    }

    public String text() {
      return text;
    }

    public String title() {
      return title;
    }

    public String language() {
      return language;
    }

    public String published() {
      return published;
    }

    public Instant fetchedAt() {
      return fetchedAt;
    }

    public List<Entity> entities() {
      return entities;
    }

    public List<Quote> quotes() {
      return quotes;
    }

    public AnalyzedDocument build() {
      return new AnalyzedDocument(
          id,
          url,
          title,
          author,
          published,
          site,
          language,
          type,
          contentType,
          sourceId,
          origin,
          fetchedAt,
          text,
          entities,
          quotes,
          dates,
          figures,
          topics,
          duplicateOf,
          storyId,
          account,
          engagement,
          relations,
          edited,
          archived,
          signals,
          claimReviews);
    }
  }
}
