package org.vigie.analysis.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.document.EntityType;

/**
 * Finds the names of one sentence: the {@link NameTagger}'s proposals corrected by the {@link
 * Gazetteer} and by rules. Works on words only (no offsets), so it runs the same on Vigie's tokens
 * and on gold tokens. Thread-safe.
 *
 * <p>Sources of names, strongest first; a weaker one is kept only where it overlaps no stronger
 * one:
 *
 * <ol>
 *   <li>an expansion followed by its acronym in brackets, "Centre d’information gouvernementale du
 *       Mali (CIGMA)": the expansion is an organisation whose canonical name is the acronym;
 *   <li>organisation patterns: a head word ("Commission", "Département", "ministère"…) followed by
 *       connectors and capitalised words, "Département de l’information de l’ONU";
 *   <li>a title followed by capitalised words, "Mme Poeschl" (the title is not part of the name);
 *   <li>gazetteer names, "Burkina Faso", "Nations Unies", "facebook";
 *   <li>acronyms, "AMSS", outside sentences written in capitals;
 *   <li>the tagger, minus lone sentence starters ("Selon") and names without a capital letter.
 * </ol>
 */
public final class EntityRecognizer {

  /** A name in a sentence: tokens [from, to), its type and, when known, its canonical form. */
  public record Mention(int from, int to, EntityType type, String canonical) {}

  private static final Set<String> TITLES =
      Set.of(
          "M.",
          "Mme",
          "Mme.",
          "Mlle",
          "Mlle.",
          "MM.",
          "Dr",
          "Dr.",
          "Pr",
          "Pr.",
          "Me",
          "Mgr",
          "Monsieur",
          "Madame",
          "Mademoiselle",
          "Docteur",
          "Maître");

  private static final Set<String> LOC_HEADS =
      Set.of(
          "hôtel",
          "Hôtel",
          "rue",
          "Rue",
          "avenue",
          "Avenue",
          "boulevard",
          "Boulevard",
          "Place",
          "Quartier",
          "stade",
          "Stade",
          "Palais",
          "Pont",
          "Lac",
          "Fleuve");

  private static final Set<String> ORG_HEADS =
      Set.of(
          "Agence",
          "Assemblée",
          "Association",
          "Autorité",
          "Banque",
          "Bibliothèque",
          "Bureau",
          "Centre",
          "Comité",
          "Commission",
          "Conseil",
          "Coalition",
          "Cour",
          "Département",
          "Direction",
          "Division",
          "École",
          "Ecole",
          "Fédération",
          "Fondation",
          "Institut",
          "Ministère",
          "ministère",
          "Mission",
          "Observatoire",
          "Office",
          "Organisation",
          "Parti",
          "Programme",
          "Section",
          "Service",
          "Syndicat",
          "Tribunal",
          "Union",
          "Université");

  private static final Set<String> CONNECTORS =
      Set.of(
          "de", "du", "des", "d’", "d'", "la", "le", "les", "l’", "l'", "et", "pour", "au", "aux",
          "en", "sur");

  /** Capitalised acronyms that are common nouns or not names. */
  private static final Set<String> NOT_ACRONYMS =
      Set.of(
          "ONG", "TDR", "PDF", "TV", "OK", "CV", "PIB", "SMS", "GPS", "USB", "HTML", "URL", "NB",
          "PS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "A",
          "À", "Y", "UTC", "GMT", "FCFA", "CFA", "TTC", "HT", "KM");

  private final NameTagger tagger;
  private final Gazetteer gazetteer;
  private final Set<String> notNames;

  public EntityRecognizer(NameTagger tagger, Gazetteer gazetteer) {
    this.tagger = tagger;
    this.gazetteer = gazetteer;
    this.notNames = new HashSet<>(Gazetteer.lines("not-names.txt"));
  }

  /** Vigie's recognizer: the shipped model and gazetteer. */
  public static EntityRecognizer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final EntityRecognizer STANDARD =
        new EntityRecognizer(NameTagger.standard(), Gazetteer.standard());
  }

  /** The names in one sentence's words, in order, not overlapping. */
  public List<Mention> find(List<String> words) {
    return find(words, Set.of());
  }

  /**
   * The names in one sentence's words, with the acronyms its document is known to use.
   *
   * @param acronyms capitalised words that the whole document shows to be acronyms ({@link
   *     #acronymCandidate}, seen twice or in brackets): they are organisations wherever the
   *     gazetteer and the other rules say nothing else. One capitalised word alone is no evidence
   *     (old newspapers and headings set ordinary words in capitals).
   */
  public List<Mention> find(List<String> words, Set<String> acronyms) {
    if (words.isEmpty()) {
      return List.of();
    }
    boolean capsSentence = mostlyCaps(words);
    List<Mention> accepted = new ArrayList<>();
    accept(accepted, expansions(words));
    accept(accepted, orgPatterns(words));
    accept(accepted, titled(words, capsSentence));
    accept(accepted, firstNamed(words, capsSentence));
    accept(accepted, gazetteerNames(words));
    if (!capsSentence) {
      accept(accepted, acronyms(words, acronyms));
    }
    accept(accepted, tagged(words));
    accepted.sort(Comparator.comparingInt(Mention::from));
    return accepted;
  }

  private static void accept(List<Mention> accepted, List<Mention> candidates) {
    for (Mention c : candidates) {
      boolean free = accepted.stream().noneMatch(a -> a.from() < c.to() && c.from() < a.to());
      if (free) {
        accepted.add(c);
      }
    }
  }

  /** "Commission électorale nationale indépendante (CENI)": the words before the brackets. */
  private List<Mention> expansions(List<String> words) {
    List<Mention> found = new ArrayList<>();
    for (int i = 1; i + 2 < words.size(); i++) {
      String acronym = words.get(i + 1);
      if (!words.get(i).equals("(") || !words.get(i + 2).equals(")") || !isAcronym(acronym)) {
        continue;
      }
      int start = expansionStart(words, i, acronym.charAt(0));
      if (start >= 0 && i - start >= 2) {
        found.add(new Mention(start, i, EntityType.ORG, acronym));
        found.add(new Mention(i + 1, i + 2, EntityType.ORG, acronym));
      }
    }
    return found;
  }

  private static int expansionStart(List<String> words, int bracket, char initial) {
    for (int j = bracket - 1; j >= 0 && j >= bracket - 15; j--) {
      String w = words.get(j);
      if (isPunctuation(w)) {
        return -1;
      }
      if (Character.isUpperCase(w.charAt(0))
          && Character.toUpperCase(w.charAt(0)) == Character.toUpperCase(initial)) {
        return j;
      }
    }
    return -1;
  }

  /** A head word, then connectors, capitalised words and adjectives, ending on a capital. */
  private List<Mention> orgPatterns(List<String> words) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      EntityType type =
          ORG_HEADS.contains(words.get(i))
              ? EntityType.ORG
              : LOC_HEADS.contains(words.get(i)) ? EntityType.LOC : null;
      if (type == null) {
        i++;
        continue;
      }
      int lastCap = -1;
      int j = i + 1;
      while (j < words.size() && continuesOrg(words, j)) {
        if (startsUpper(words.get(j))) {
          lastCap = j;
        }
        j++;
      }
      if (lastCap > i) {
        found.add(new Mention(i, lastCap + 1, type, null));
        i = lastCap + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private boolean continuesOrg(List<String> words, int j) {
    String w = words.get(j);
    if (CONNECTORS.contains(w)) {
      return true;
    }
    if (isPunctuation(w)) {
      return false;
    }
    if (startsUpper(w)) {
      return !TITLES.contains(w);
    }
    String prev = words.get(j - 1);
    boolean afterConnector = CONNECTORS.contains(prev);
    boolean beforeConnector = j + 1 < words.size() && CONNECTORS.contains(words.get(j + 1));
    return afterConnector || (startsUpper(prev) && beforeConnector);
  }

  /** "Mme Poeschl", "M. Jean Dupont": the capitalised words after a title. */
  private List<Mention> titled(List<String> words, boolean capsSentence) {
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!TITLES.contains(words.get(i)) || capsSentence) {
        continue;
      }
      int j = i + 1;
      while (j < words.size() && j - i <= 4 && isNameWord(words.get(j))) {
        j++;
      }
      if (j > i + 1) {
        found.add(new Mention(i + 1, j, EntityType.PER, null));
        i = j - 1;
      }
    }
    return found;
  }

  /**
   * "Nouhoun Togo", "Balkissa Idé Siddo": a known first name and the capitalised words after it.
   */
  private List<Mention> firstNamed(List<String> words, boolean capsSentence) {
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i + 1 < words.size() && !capsSentence; i++) {
      if (!gazetteer.isFirstName(words.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < words.size()
          && j - i < 4
          && isNameWord(words.get(j))
          && !isAcronym(words.get(j))) {
        j++;
      }
      if (j > i + 1) {
        found.add(new Mention(i, j, EntityType.PER, null));
        i = j - 1;
      }
    }
    return found;
  }

  private boolean isNameWord(String w) {
    return startsUpper(w)
        && !isPunctuation(w)
        && !TITLES.contains(w)
        && !notNames.contains(w.toLowerCase(Locale.ROOT));
  }

  private List<Mention> gazetteerNames(List<String> words) {
    List<Mention> found = new ArrayList<>();
    for (Gazetteer.Match m : gazetteer.find(words)) {
      found.add(new Mention(m.from(), m.to(), m.type(), m.canonical()));
    }
    return found;
  }

  private List<Mention> acronyms(List<String> words, Set<String> known) {
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < words.size() && !known.isEmpty(); i++) {
      if (known.contains(words.get(i)) && acronymCandidate(words, i)) {
        found.add(new Mention(i, i + 1, EntityType.ORG, null));
      }
    }
    return found;
  }

  /** True when words[i] looks like an acronym in its sentence: capitals, not among capitals. */
  public boolean acronymCandidate(List<String> words, int i) {
    String w = words.get(i);
    return w.length() >= 3
        && isAcronym(w)
        && !isNotName(w)
        && !capsWordAt(words, i - 1)
        && !capsWordAt(words, i + 1);
  }

  private List<Mention> tagged(List<String> words) {
    List<Mention> found = new ArrayList<>();
    for (NerCorpus.Span s : NameTaggerTrainer.spans(tagger.tag(words))) {
      int from = s.from();
      int to = s.to();
      while (from < to
          && (isPunctuation(words.get(from))
              || isElision(words.get(from))
              || isNotName(words.get(from)))) {
        from++;
      }
      while (to > from && (isPunctuation(words.get(to - 1)) || isNotName(words.get(to - 1)))) {
        to--;
      }
      if (from < to && plausible(words.subList(from, to))) {
        found.add(new Mention(from, to, s.type(), null));
      }
    }
    return found;
  }

  private boolean isNotName(String w) {
    return notNames.contains(w.toLowerCase(Locale.ROOT));
  }

  private boolean plausible(List<String> name) {
    if (name.stream().noneMatch(EntityRecognizer::startsUpper)) {
      return false;
    }
    return name.size() > 1 || !notNames.contains(name.get(0).toLowerCase(Locale.ROOT));
  }

  /** True when words[i] is a capitalised word that is not a known non-name ("DE", "ONG"). */
  private static boolean capsWordAt(List<String> words, int i) {
    if (i < 0 || i >= words.size()) {
      return false;
    }
    String w = words.get(i);
    return w.length() >= 2 && isAcronym(w) && !NOT_ACRONYMS.contains(w);
  }

  static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 10 || NOT_ACRONYMS.contains(w)) {
      return false;
    }
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c) || !(Character.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static boolean mostlyCaps(List<String> words) {
    int letterWords = 0;
    int caps = 0;
    for (String w : words) {
      if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
        letterWords++;
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
          caps++;
        }
      }
    }
    return letterWords >= 3 && caps * 2 > letterWords;
  }

  static boolean startsUpper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static boolean isPunctuation(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isElision(String w) {
    return w.length() <= 3 && (w.endsWith("’") || w.endsWith("'"));
  }
}
