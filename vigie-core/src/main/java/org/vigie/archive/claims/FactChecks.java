package org.vigie.archive.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.vigie.analysis.extract.ClaimReviewReader;
import org.vigie.analysis.extract.MalformedClaimReviewException;
import org.vigie.archive.claims.ClaimRecords.ImportResult;
import org.vigie.archive.claims.ClaimRecords.StoredClaim;
import org.vigie.archive.claims.ClaimRecords.StoredMatch;
import org.vigie.collect.fetch.AddressPolicy;
import org.vigie.collect.fetch.Exchange;
import org.vigie.collect.fetch.FetchException;
import org.vigie.collect.fetch.FetchResult;
import org.vigie.collect.fetch.FetchSettings;
import org.vigie.collect.fetch.HttpFetcher;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ClaimReview;
import org.vigie.document.Relation;
import org.vigie.link.claims.ClaimIndex;
import org.vigie.link.claims.ClaimMatch;
import org.vigie.link.claims.ClaimMatcher;
import org.vigie.link.claims.ClaimVocabulary;
import org.vigie.link.claims.KnownClaim;
import org.vigie.link.spi.Linker;

/**
 * The archive's fact-checks: imported from ClaimReview files and addresses ({@code vigie factchecks
 * import}), taken from the fact-checkers' pages the sources collect, kept in the catalog, and
 * matched against every document added ({@link #linker()}): a match becomes a {@code claim} signal
 * on the document and a row of {@code claim_match} that the review queue and the API read. The
 * claims are held in memory ({@link ClaimIndex}) from the catalog at opening. Thread-safe.
 */
public final class FactChecks implements AutoCloseable {
  private final ClaimCatalog catalog;
  private final ClaimIndex index;
  private final ClaimMatcher matcher;
  private final Clock clock;

  public FactChecks(DataSource db, Clock clock) {
    this.catalog = new ClaimCatalog(db);
    this.clock = clock;
    this.index = new ClaimIndex(ClaimVocabulary.standard());
    this.matcher = new ClaimMatcher(index);
    index.addAll(catalog.all().stream().map(c -> new KnownClaim(c.id(), c.review())).toList());
  }

  /** The linker that stores the fact-checks of collected pages and matches documents to claims. */
  public Linker linker() {
    return new ClaimLinking(this);
  }

  /**
   * Imports a ClaimReview file: a data feed, a review or an array of them (JSON), or a
   * fact-checker's page (HTML) with its reviews in JSON-LD.
   *
   * @throws MalformedClaimReviewException when it holds no readable review, naming the place
   * @throws FactCheckException when the file cannot be read
   */
  public ImportResult importFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new FactCheckException("no such file: " + file, e);
    } catch (IOException | UncheckedIOException e) {
      throw new FactCheckException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return importText(text, file.toString());
  }

  /**
   * Imports what an address serves (a feed or a page), fetched politely with Vigie's fetcher; only
   * public addresses unless {@code allowPrivate}.
   */
  public ImportResult importUrl(String url, boolean allowPrivate) {
    AddressPolicy policy =
        allowPrivate ? AddressPolicy.allowingPrivate() : AddressPolicy.publicOnly();
    try (HttpFetcher fetcher =
        new HttpFetcher(FetchSettings.DEFAULTS, policy, Exchange.Recorder.NONE)) {
      FetchResult r = fetcher.fetch(url, null);
      return importText(new String(r.body(), StandardCharsets.UTF_8), url);
    } catch (FetchException e) {
      throw new FactCheckException("cannot fetch " + url + ": " + e.getMessage(), e);
    }
  }

  /** Imports the reviews in a text read from {@code origin}. */
  public ImportResult importText(String text, String origin) {
    String start = text.stripLeading().replace("\uFEFF", "");
    List<ClaimReview> reviews;
    if (start.startsWith("<")) {
      reviews = ClaimReviewReader.inJsonLd(jsonLdScripts(text));
      if (reviews.isEmpty()) {
        throw new MalformedClaimReviewException(
            origin + ": an HTML page with no ClaimReview in its JSON-LD");
      }
    } else {
      reviews = ClaimReviewReader.readFeed(text, origin);
    }
    return add(reviews, origin, null);
  }

  private static List<String> jsonLdScripts(String html) {
    List<String> scripts = new ArrayList<>();
    for (Element e : Jsoup.parse(html).select("script[type=application/ld+json]")) {
      scripts.add(e.data());
    }
    return scripts;
  }

  /** Keeps reviews in the catalog and makes them known to the matcher. */
  ImportResult add(List<ClaimReview> reviews, String origin, String documentId) {
    Instant now = clock.instant();
    int added = 0;
    List<KnownClaim> known = new ArrayList<>();
    for (ClaimReview r : reviews) {
      ClaimCatalog.Stored s = catalog.put(r, origin, documentId, now);
      added += s.added() ? 1 : 0;
      known.add(new KnownClaim(s.id(), r));
    }
    index.addAll(known);
    return new ImportResult(reviews.size(), added, reviews.size() - added);
  }

  /** The claims a document carries, best first; none for a fact-checker's own page. */
  public List<ClaimMatch> match(AnalyzedDocument d) {
    if (!d.claimReviews().isEmpty()) {
      return List.of();
    }
    List<String> addresses = new ArrayList<>();
    addresses.add(d.url());
    for (Relation r : d.relations()) {
      if (r.kind() == Relation.Kind.LINK || r.kind() == Relation.Kind.MEDIA) {
        addresses.add(r.target());
      }
    }
    return matcher.match(d.text(), addresses);
  }

  /** Records a document's matches in the catalog. */
  void record(AnalyzedDocument d, List<ClaimMatch> matches) {
    Instant now = clock.instant();
    for (ClaimMatch m : matches) {
      String excerpt = m.end() > m.start() ? d.text().substring(m.start(), m.end()) : "";
      catalog.match(
          new StoredMatch(
              m.claim().id(),
              d.id(),
              m.method(),
              m.score(),
              m.start(),
              m.end(),
              excerpt,
              d.title(),
              d.url(),
              now));
    }
  }

  /** A page of the known claims, the latest reviewed first. */
  public List<StoredClaim> list(int limit, int offset) {
    return catalog.list(limit, offset);
  }

  public int count() {
    return catalog.count();
  }

  public Optional<StoredClaim> get(long id) {
    return catalog.get(id);
  }

  /** The claims matched to a document, best first. */
  public List<StoredMatch> matchesOfDocument(String documentId) {
    return catalog.matchesOfDocument(documentId);
  }

  /** The documents matched to a claim, the latest first. */
  public List<StoredMatch> matchesOfClaim(long claimId, int limit) {
    return catalog.matchesOfClaim(claimId, limit);
  }

  /** Matches recorded since a time, the latest first: what the review queue takes in. */
  public List<StoredMatch> recentMatches(Instant since, int limit) {
    return catalog.recentMatches(since, limit);
  }

  /** The verdict as a signal's label: the rating in lower case, else {@code vérifié}. */
  static String label(ClaimReview r) {
    return r.rating() == null ? "vérifié" : r.rating().toLowerCase(Locale.FRENCH);
  }

  @Override
  public void close() {
    index.close();
  }
}
