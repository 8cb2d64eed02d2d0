package org.vigie.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic but realistic corpus of any size, built from real articles ({@link SourceArticles}):
 *
 * <ul>
 *   <li>about 70 % <b>originals</b>: 2 to 6 consecutive paragraphs of one article, sometimes
 *       followed by 1 or 2 paragraphs of another article of the same category, opened by a dateline
 *       ("BAMAKO, 12 mars 2019 (maliweb.net) - "), under a varied headline, published on a day of
 *       2015–2025 by one of {@link #SITES};
 *   <li>about 10 % <b>syndicated copies</b> of an earlier original: same body with a changed
 *       headline, a syndication line and a copyright footer, on another site, 0–2 days later;
 *   <li>about 20 % <b>social posts</b>: a paragraph cut to at most 240 characters with a short
 *       link, a hashtag and sometimes a mention, by a handle on a social platform.
 * </ul>
 *
 * <p>Document {@code i} depends only on the seed and {@code i} (each has its own random stream), so
 * a corpus is the same on every run, any document can be rebuilt alone, and the first {@code n}
 * documents of a larger corpus are the corpus of size {@code n}.
 */
final class CorpusGenerator {
  static final List<String> SITES =
      List.of(
          "bbc.com/afrique",
          "maliweb.net",
          "lefaso.net",
          "seneweb.com",
          "abidjan.net",
          "aps.sn",
          "jeuneafrique.com",
          "rfi.fr",
          "studiotamani.org",
          "burkina24.com",
          "actuniger.com",
          "guineenews.org",
          "lemali.fr",
          "dakaractu.com",
          "fratmat.info",
          "koaci.com");
  static final List<String> PLATFORMS = List.of("x.com", "facebook.com", "tiktok.com");
  private static final List<String> PREFIXES =
      List.of("", "", "", "Mali : ", "Sénégal : ", "Burkina : ", "Niger : ", "Exclusif - ");
  private static final List<String> SUFFIXES =
      List.of("", "", "", " : ce qu'il faut savoir", " - analyse", " (vidéo)", " - reportage");
  private static final List<String> AUTHORS =
      List.of(
          "Awa Traoré",
          "Moussa Diallo",
          "Fatou Ndiaye",
          "Issa Ouédraogo",
          "Aminata Coulibaly",
          "Ibrahim Maïga",
          "Mariam Sow",
          "Seydou Kaboré");
  private static final List<String> HASHTAGS =
      List.of("#Mali", "#Sénégal", "#BurkinaFaso", "#Niger", "#CIV", "#Afrique", "#Sahel");
  private static final List<String> CITIES =
      List.of("BAMAKO", "DAKAR", "OUAGADOUGOU", "NIAMEY", "ABIDJAN", "CONAKRY", "LOMÉ", "COTONOU");
  private static final List<String> MONTHS =
      List.of(
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre");
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

  /** One generated document, with the indexes of the real articles its text comes from. */
  record Generated(
      long index,
      String kind,
      String url,
      String title,
      String published,
      String site,
      String author,
      String text,
      List<Integer> sources) {}

  private final SourceArticles articles;
  private final long seed;

  CorpusGenerator(SourceArticles articles, long seed) {
    if (articles.size() == 0) {
      throw new IllegalArgumentException("no source articles to build a corpus from");
    }
    this.articles = articles;
    this.seed = seed;
  }

  /** Document {@code i}. */
  Generated document(long i) {
    SplittableRandom r = random(i);
    double kind = r.nextDouble();
    if (kind < 0.10 && i > 0) {
      return syndicated(i, r);
    }
    return kind < 0.30 ? post(i, r) : original(i, r);
  }

  private SplittableRandom random(long i) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
  }

  private Generated original(long i, SplittableRandom r) {
    int a = r.nextInt(articles.size());
    SourceArticles.Article main = articles.get(a);
    List<String> paragraphs = new ArrayList<>();
    List<Integer> sources = new ArrayList<>(List.of(a));
    take(main.paragraphs(), 2 + r.nextInt(5), r, paragraphs);
    if (r.nextDouble() < 0.4) {
      int b = sameCategory(main.category(), r);
      sources.add(b);
      take(articles.get(b).paragraphs(), 1 + r.nextInt(2), r, paragraphs);
    }
    String title = pick(PREFIXES, r) + main.headline() + pick(SUFFIXES, r);
    String site = pick(SITES, r);
    LocalDateTime at = moment(r);
    paragraphs.set(0, dateline(at, site, r) + paragraphs.getFirst());
    String author = r.nextDouble() < 0.6 ? pick(AUTHORS, r) : null;
    return new Generated(
        i,
        "original",
        articleUrl(site, at, i),
        title,
        iso(at),
        site,
        author,
        String.join("\n\n", paragraphs),
        sources);
  }

  /** A copy of an earlier original, found by walking back from a random earlier document. */
  private Generated syndicated(long i, SplittableRandom r) {
    long j = Math.max(0, i - 1 - r.nextInt((int) Math.min(i, 50_000)));
    Generated original = document(j);
    while (!original.kind().equals("original") && j > 0) {
      original = document(--j);
    }
    if (!original.kind().equals("original")) {
      return original(i, r);
    }
    String site = pick(SITES, r);
    LocalDateTime at =
        LocalDateTime.parse(original.published().replace("Z", "")).plusHours(r.nextInt(49));
    String text =
        "Publié par "
            + site
            + " avec "
            + pick(List.of("AFP", "APS", "AIP", "ANP"), r)
            + "\n\n"
            + original.text()
            + "\n\n© "
            + at.getYear()
            + " "
            + site
            + ". Tous droits réservés. Reproduction interdite.";
    String title = pick(List.of("", "INFO - ", "Urgent : "), r) + original.title() + " | " + site;
    return new Generated(
        i,
        "syndicated",
        articleUrl(site, at, i),
        title,
        iso(at),
        site,
        original.author(),
        text,
        original.sources());
  }

  private Generated post(long i, SplittableRandom r) {
    int a = r.nextInt(articles.size());
    List<String> paragraphs = articles.get(a).paragraphs();
    String paragraph = paragraphs.get(r.nextInt(paragraphs.size()));
    String text = paragraph.length() > 240 ? cut(paragraph, 120 + r.nextInt(120)) : paragraph;
    String handle =
        "@"
            + pick(
                List.of(
                    "sahel_info",
                    "dakar_live",
                    "bko_actu",
                    "ouaga_news",
                    "citoyen223",
                    "abj_direct"),
                r)
            + r.nextInt(100);
    text =
        text
            + " "
            + shortLink(r)
            + " "
            + pick(HASHTAGS, r)
            + (r.nextDouble() < 0.3
                ? " via @" + pick(List.of("bbcafrique", "rfi", "jeune_afrique"), r)
                : "");
    String platform = pick(PLATFORMS, r);
    LocalDateTime at = moment(r);
    String url =
        "https://" + platform + "/" + handle.substring(1) + "/status/" + (1_000_000_000L + i);
    return new Generated(i, "post", url, null, iso(at), platform, handle, text, List.of(a));
  }

  /** "BAMAKO, 12 mars 2019 (maliweb.net) - ", as agency and local press open their stories. */
  private static String dateline(LocalDateTime at, String site, SplittableRandom r) {
    return pick(CITIES, r)
        + ", "
        + at.getDayOfMonth()
        + " "
        + MONTHS.get(at.getMonthValue() - 1)
        + " "
        + at.getYear()
        + " ("
        + site
        + ") - ";
  }

  /** A shortened link, as posts carry: seven random letters and digits. */
  private static String shortLink(SplittableRandom r) {
    String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder sb = new StringBuilder("https://bit.ly/");
    for (int k = 0; k < 7; k++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String cut(String text, int max) {
    int space = text.lastIndexOf(' ', max);
    return text.substring(0, space > 40 ? space : max) + "…";
  }

  private void take(List<String> from, int n, SplittableRandom r, List<String> into) {
    int count = Math.min(n, from.size());
    int start = r.nextInt(from.size() - count + 1);
    into.addAll(from.subList(start, start + count));
  }

  private int sameCategory(String category, SplittableRandom r) {
    for (int tries = 0; tries < 20; tries++) {
      int b = r.nextInt(articles.size());
      if (articles.get(b).category().equals(category)) {
        return b;
      }
    }
    return r.nextInt(articles.size());
  }

  private static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  private static LocalDateTime moment(SplittableRandom r) {
    return FIRST_DAY.plusDays(r.nextInt(DAYS)).atTime(6 + r.nextInt(16), r.nextInt(60));
  }

  private static String iso(LocalDateTime at) {
    return at.toInstant(ZoneOffset.UTC).toString();
  }

  private static String articleUrl(String site, LocalDateTime at, long i) {
    return String.format(
        Locale.ROOT, "https://%s/%d/%02d/article-%d", site, at.getYear(), at.getMonthValue(), i);
  }

  /**
   * Writes documents {@code 0..n-1} as gzipped JSON Lines files of at most {@code perFile}
   * documents ({@code part-00000.jsonl.gz}, …) into {@code out}.
   *
   * @return the uncompressed bytes written
   */
  long write(long n, Path out, int perFile) throws IOException {
    Files.createDirectories(out);
    JsonFactory json = new JsonFactory();
    long bytes = 0;
    for (long first = 0, part = 0; first < n; first += perFile, part++) {
      Path file = out.resolve(String.format(Locale.ROOT, "part-%05d.jsonl.gz", part));
      try (CountingStream counted =
              new CountingStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16));
          JsonGenerator g = json.createGenerator(new BufferedOutputStream(counted, 1 << 16))) {
        g.setRootValueSeparator(null);
        for (long i = first; i < Math.min(n, first + perFile); i++) {
          writeLine(g, document(i));
        }
        g.flush();
        bytes += counted.count;
      }
    }
    return bytes;
  }

  private static void writeLine(JsonGenerator g, Generated d) throws IOException {
    g.writeStartObject();
    g.writeStringField("url", d.url());
    if (d.title() != null) {
      g.writeStringField("title", d.title());
    }
    g.writeStringField("published", d.published());
    g.writeStringField("site", d.site());
    if (d.author() != null) {
      g.writeStringField("author", d.author());
    }
    g.writeStringField("kind", d.kind());
    g.writeStringField("text", d.text());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /** Counts the uncompressed bytes on their way to the compressor. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }
  }

  /**
   * {@code CorpusGenerator N OUT [--seed S] [--shared DIR]}: writes N documents (10 000 to 1 000
   * 000 are the sizes benchmarks use) to the folder OUT, 50 000 per file.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: bench/corpus.sh N OUT [--seed S] [--shared DIR]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0].replace("_", ""));
    Path out = Path.of(args[1]);
    long seed = 1;
    Path shared = Path.of("../shared");
    for (int k = 2; k + 1 < args.length; k += 2) {
      switch (args[k]) {
        case "--seed" -> seed = Long.parseLong(args[k + 1]);
        case "--shared" -> shared = Path.of(args[k + 1]);
        default -> {
          System.err.println("unknown option " + args[k] + "; known: --seed, --shared");
          System.exit(2);
        }
      }
    }
    if (!SourceArticles.present(shared)) {
      System.out.println(
          "Corpus not generated: " + shared.toAbsolutePath() + " has no corpus/masakhanews-fr");
      return;
    }
    long start = System.nanoTime();
    long bytes = new CorpusGenerator(SourceArticles.read(shared), seed).write(n, out, 50_000);
    System.out.printf(
        Locale.ROOT,
        "%,d documents (%,d MB of JSON) written to %s in %.1f s (seed %d)%n",
        n,
        bytes / 1_000_000,
        out,
        (System.nanoTime() - start) / 1e9,
        seed);
  }
}
