package org.vigie.link.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * How claim matching reads a text: words without case or accents, French stop words dropped,
 * stemmed (Snowball) ({@code abandonné} = {@code abandonner}), and the words and phrases of the
 * concept list ({@code claim-concepts.txt}: {@code FAMa}, {@code soldats}, {@code militaires} →
 * {@code armee}) replaced by their concept, so that a claim restated in other words keeps its
 * terms. Numbers are kept, their digit groups joined ({@code 50 000} → {@code 50000}). Immutable
 * and thread-safe.
 */
public final class ClaimVocabulary {
  /** The prefix of number terms, which count more and must agree. */
  public static final String NUMBER = "#";

  private static final int MAX_PHRASE = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern DIGIT_GROUPS =
      Pattern.compile("(\\d)[ \\u00a0\\u202f.](?=\\d{3}\\b)");
  private static final Set<String> MORE_STOP_WORDS =
      Set.of(
          "a",
          "ete",
          "est",
          "sont",
          "etait",
          "ont",
          "va",
          "vont",
          "fait",
          "faire",
          "tout",
          "tous",
          "toute",
          "toutes",
          "plus",
          "ce",
          "cette",
          "ces",
          "cet",
          "qui",
          "que",
          "quoi",
          "dont",
          "aussi",
          "meme",
          "deja",
          "tres",
          "bien",
          "selon",
          "apres",
          "avant",
          "depuis",
          "pendant",
          "durant",
          "leur",
          "leurs",
          "son",
          "sa",
          "ses",
          "nos",
          "notre",
          "vos",
          "votre",
          "voici",
          "voila",
          "c",
          "l",
          "d",
          "j",
          "m",
          "n",
          "s",
          "t",
          "qu",
          "y",
          "en",
          "ne",
          "pas",
          "par",
          "pour",
          "sur",
          "sous",
          "dans",
          "avec",
          "sans",
          "chez",
          "entre",
          "vers",
          "aux",
          "au",
          "du",
          "des",
          "les",
          "le",
          "la",
          "un",
          "une",
          "et",
          "ou",
          "mais",
          "donc",
          "or",
          "ni",
          "car",
          "comme",
          "si",
          "lui",
          "eux",
          "elle",
          "elles",
          "ils",
          "il",
          "on",
          "nous",
          "vous",
          "desormais",
          "maintenant",
          "officiellement",
          "ainsi",
          "encore",
          "hier",
          "aujourd",
          "hui",
          "ici",
          "urgent",
          "derniere",
          "minute",
          "partagez",
          "regardez",
          "attention");
  private static final ThreadLocal<FrenchStemmer> STEMMER =
      ThreadLocal.withInitial(FrenchStemmer::new);
  private static final ClaimVocabulary STANDARD = load("claim-concepts.txt");

  private final Map<String, String> byStem;
  private final Map<String, String> phrases;
  private final Set<String> stopWords;
  private final Set<String> namedConcepts;

  private ClaimVocabulary(
      Map<String, String> byStem, Map<String, String> phrases, Set<String> namedConcepts) {
    this.byStem = Map.copyOf(byStem);
    this.phrases = Map.copyOf(phrases);
    this.namedConcepts = Set.copyOf(namedConcepts);
    Set<String> stops = new HashSet<>(MORE_STOP_WORDS);
    CharArraySet french = FrenchAnalyzer.getDefaultStopSet();
    for (Object w : french) {
      stops.add(fold(new String((char[]) w)));
    }
    // "or" is gold in these texts, not the conjunction
    stops.remove("or");
    this.stopWords = Set.copyOf(stops);
  }

  /** The concept list shipped with Vigie. */
  public static ClaimVocabulary standard() {
    return STANDARD;
  }

  /** The terms of a text, in text order, with repeats. */
  public List<String> terms(String text) {
    return read(text).stream().map(Term::term).toList();
  }

  /**
   * The terms that name who or where: concepts marked {@code @} in the list, and words written with
   * a capital letter other than a sentence's first ({@code Ménaka}, {@code Sonko}).
   */
  public Set<String> named(String text) {
    Set<String> named = new HashSet<>();
    for (Term t : read(text)) {
      if (t.named()) {
        named.add(t.term());
      }
    }
    return named;
  }

  /** One term of a text, and whether it names who or where. */
  record Term(String term, boolean named) {}

  List<Term> read(String text) {
    List<Word> words = words(text);
    List<Term> terms = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = phraseAt(words, i, terms);
      if (taken > 0) {
        i += taken;
        continue;
      }
      Word w = words.get(i++);
      if (w.folded().chars().allMatch(Character::isDigit)) {
        terms.add(new Term(NUMBER + w.folded().replaceFirst("^0+(?=\\d)", ""), false));
      } else if (!stopWords.contains(w.folded()) && w.folded().length() > 1) {
        String stem = stem(w.folded());
        String concept = byStem.get(stem);
        String term = concept != null ? concept : stem;
        terms.add(new Term(term, concept != null ? namedConcepts.contains(concept) : w.capital()));
      }
    }
    return terms;
  }

  /** The longest phrase of the list starting at {@code i}: its length in words, or 0. */
  private int phraseAt(List<Word> words, int i, List<Term> terms) {
    for (int n = Math.min(MAX_PHRASE, words.size() - i); n >= 2; n--) {
      StringBuilder key = new StringBuilder();
      for (Word w : words.subList(i, i + n)) {
        key.append(key.isEmpty() ? "" : " ").append(w.folded());
      }
      String concept = phrases.get(key.toString());
      if (concept != null) {
        terms.add(new Term(concept, namedConcepts.contains(concept)));
        return n;
      }
    }
    return 0;
  }

  /**
   * A word of a text, folded, and whether it was written with a capital letter other than at the
   * start of a sentence.
   */
  record Word(String folded, boolean capital) {}

  /** The words of a text (lower case, no accents, digit groups joined). */
  static List<Word> words(String text) {
    String joined = DIGIT_GROUPS.matcher(text == null ? "" : text).replaceAll("$1");
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(joined);
    while (m.find()) {
      boolean capital =
          Character.isUpperCase(joined.charAt(m.start())) && !sentenceStart(joined, m.start());
      words.add(new Word(fold(m.group()), capital));
    }
    return words;
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ',' || c == '\'' || c == '’') {
        return false;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '…') {
        return true;
      }
    }
    return true;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}+", "").replace('œ', 'o').replace('æ', 'a');
  }

  /** Snowball's French stemmer (one per thread: it keeps state). */
  static String stem(String folded) {
    FrenchStemmer s = STEMMER.get();
    s.setCurrent(folded);
    s.stem();
    return s.getCurrent();
  }

  /**
   * Reads a concept list from this package's resources.
   *
   * @throws IllegalArgumentException naming the line that is not {@code concept: words}
   */
  static ClaimVocabulary load(String resource) {
    try (InputStream in = ClaimVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static ClaimVocabulary read(BufferedReader lines, String name) throws IOException {
    Map<String, String> byStem = new HashMap<>();
    Map<String, String> phrases = new HashMap<>();
    Set<String> named = new HashSet<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int colon = l.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            name + " line " + number + ": expected 'concept: word, word', got '" + l + "'");
      }
      String concept = l.substring(0, colon).strip();
      if (concept.startsWith("@")) {
        concept = concept.substring(1);
        named.add(concept);
      }
      for (String entry : l.substring(colon + 1).split(",")) {
        List<String> words = words(entry).stream().map(Word::folded).toList();
        if (words.size() == 1) {
          byStem.putIfAbsent(stem(words.get(0)), concept);
        } else if (words.size() > 1) {
          phrases.putIfAbsent(String.join(" ", words), concept);
        }
      }
    }
    return new ClaimVocabulary(byStem, phrases, named);
  }
}
