package org.vigie.analysis.harm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The context that changes what a hostile word means: negation around it, a report of someone
 * else's words (a reporting verb, quotation marks, a caller's quotation span), and counter-speech
 * (the text condemns what it quotes). Immutable and thread-safe.
 */
final class ContextCues {
  /** What the context does to one hostile word. */
  enum Status {
    ACTIVE,
    NEGATED,
    REPORTED,
    DENOUNCED
  }

  private static final Set<String> NEGATORS =
      Set.of("pas", "jamais", "point", "nulement", "aucunement", "guere", "aucun", "aucune", "ni");
  private static final int NEGATION_WINDOW = 4;

  private static final List<TokenPattern> REPORTING =
      compile(
          "a declare|dit|afirme|ecrit|lance|acuse|traite|qualifie|tweete|publie|repete|asure|estime|ajoute|explique|martele|soutenu|crie",
          "a t il|ele",
          "dit il|ele",
          "ecrit il|ele",
          "ajoute t il|ele",
          "aurait dit|declare|afirme|ecrit|traite|qualifie",
          "ont scande|dit|declare|ecrit|crie|afirme|traite|qualifie|acuse|publie",
          "scande*",
          "d apres",
          "selon",
          "propos",
          "declaration*",
          "afirmant|declarant|qualifiant|traitant|acusant|ecrivant",
          "temoin*|temoign*",
          "rapporte*|relate*|cite|citant",
          "entendu dire|entend dire",
          "on peut lire",
          "message disant|disait");

  private static final List<TokenPattern> COUNTER =
      compile(
          "condamn*|denonc*|inacceptable*|intolerable*|inadmisible*|inexcusable*",
          "honte*|honteu*|scandal*|revoltant*|choquant*|indign*|odieu*|ignoble*|deplor*",
          "racisme|raciste*|xenophob*|homophob*|antisemit*|haineu*|stigmatis*|amalgame*",
          "discours de haine",
          "apel a la haine",
          "incitation a la haine",
          "stop a|au|aux",
          "arete* de|d",
          "cesez|cesons de",
          "faux de|que",
          "pas vrai",
          "prejuge*|stereotype*|cliche*|mensonge*|rumeur*|intox",
          "lut* contre",
          "combat* contre|le",
          "n a pas sa place",
          "non a la haine",
          "refuson*|rejet*",
          "signal* ce|ces|cet|cete|le|la");

  private static final Set<String> COPULAS =
      Set.of(
          "sont",
          "est",
          "etaient",
          "etait",
          "seront",
          "restent",
          "reste",
          "demeurent",
          "tous",
          "toutes",
          "que",
          "comme");
  private static final Set<String> NOT_ATTRIBUTIVE =
      Set.of(
          "victime",
          "victimes",
          "contre",
          "par",
          "face",
          "atentat",
          "ataques",
          "ataque",
          "cible",
          "ciblent",
          "tues",
          "tuent",
          "combatre",
          "combatent",
          "lutent",
          "fuient",
          "fuir",
          "subisent",
          "chases",
          "menaces",
          "otages",
          "peur");
  private static final Set<String> PRONOUNS =
      Set.of("les", "leur", "eux", "tous", "toutes", "vous");

  private final NormalizedText text;
  private final int[] sentence;
  private final List<int[]> quotes;
  private final List<Span> callerSpans;
  private final List<EvidenceSpan> cues = new ArrayList<>();
  private final boolean counterSpeech;
  private final List<int[]> reportingCues;

  ContextCues(NormalizedText text, List<Span> callerSpans) {
    this.text = text;
    this.sentence = sentences(text);
    this.quotes = quotes(text.original());
    this.callerSpans = callerSpans;
    this.reportingCues = find(REPORTING, "reporting");
    this.counterSpeech = !find(COUNTER, "counter-speech").isEmpty();
  }

  private static List<TokenPattern> compile(String... patterns) {
    return java.util.Arrays.stream(patterns).map(TokenPattern::compile).toList();
  }

  List<EvidenceSpan> cues() {
    return cues;
  }

  private List<int[]> find(List<TokenPattern> patterns, String kind) {
    List<int[]> found = new ArrayList<>();
    List<NormalizedText.Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (TokenPattern p : patterns) {
        int end = p.firstMatches(tokens.get(i).form()) ? p.matchAt(tokens, i) : -1;
        if (end > i) {
          found.add(new int[] {i, end});
          cues.add(evidence(i, end, kind));
          break;
        }
      }
    }
    return found;
  }

  EvidenceSpan evidence(int from, int to, String kind) {
    int start = text.tokens().get(from).start();
    int end = text.tokens().get(to - 1).end();
    return new EvidenceSpan(start, end, text.original().substring(start, end), kind);
  }

  /** What the context does to the hostile words of tokens {@code from}..{@code to}. */
  Status status(int from, int to, TokenPattern pattern) {
    int start = text.tokens().get(from).start();
    int end = text.tokens().get(to - 1).end();
    for (Span s : callerSpans) {
      if (s.contains(start, end)) {
        return counterSpeech ? Status.DENOUNCED : Status.REPORTED;
      }
    }
    if (counterSpeech) {
      return Status.DENOUNCED;
    }
    if (reported(from, start, end)) {
      return Status.REPORTED;
    }
    return negated(from, to, pattern) ? Status.NEGATED : Status.ACTIVE;
  }

  private boolean reported(int from, int start, int end) {
    if (reportingCues.isEmpty()) {
      return false;
    }
    for (int[] q : quotes) {
      if (start >= q[0] && end <= q[1]) {
        return true;
      }
    }
    for (int[] cue : reportingCues) {
      if (sentence[cue[0]] == sentence[from]) {
        return true;
      }
    }
    return false;
  }

  private boolean negated(int from, int to, TokenPattern pattern) {
    List<NormalizedText.Token> tokens = text.tokens();
    boolean ne = false;
    for (int i = from + 1; i < to; i++) {
      // "il ne faut pas les chasser": a negator in the gap of a pattern, not one of its words
      String f = tokens.get(i).form();
      if (NEGATORS.contains(f) && !pattern.source().contains(f)) {
        return true;
      }
    }
    for (int i = Math.max(0, from - NEGATION_WINDOW); i < from; i++) {
      String f = tokens.get(i).form();
      ne |= f.equals("ne") || f.equals("n");
      if (sentence[i] == sentence[from] && NEGATORS.contains(f)) {
        return true;
      }
      if (sentence[i] == sentence[from] && ne && f.equals("plus")) {
        return true;
      }
    }
    for (int i = to; i < Math.min(tokens.size(), to + 2); i++) {
      String f = tokens.get(i).form();
      if (ne && sentence[i] == sentence[from] && (NEGATORS.contains(f) || f.equals("plus"))) {
        return true;
      }
    }
    return false;
  }

  boolean sameSentence(int a, int b) {
    return sentence[a] == sentence[b];
  }

  /** Whether a hostile word needing a group has one in its sentence, within {@code window}. */
  boolean groupNear(List<int[]> targets, int from, int to, int window) {
    for (int[] t : targets) {
      boolean near = t[0] >= from - window && t[0] <= to + window - 1;
      if (near && sameSentence(t[0], from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a stigmatising label is said of a group: "les X sont des …", "X = …", "ces … de X". */
  boolean attributed(List<int[]> targets, int from, int to) {
    List<NormalizedText.Token> tokens = text.tokens();
    for (int[] t : targets) {
      if (!sameSentence(t[0], from)) {
        continue;
      }
      if (t[1] <= from && from - t[1] <= 6 && linkedByCopula(t[1], from)) {
        return true;
      }
      if (t[0] == to) {
        return true;
      }
      boolean after = t[0] >= to && t[0] - to <= 2;
      if (after
          && (tokens.get(t[0] - 1).form().equals("de")
              || tokens.get(t[0] - 1).form().equals("d"))) {
        return true;
      }
    }
    return false;
  }

  private boolean linkedByCopula(int from, int to) {
    List<NormalizedText.Token> tokens = text.tokens();
    boolean copula =
        text.original().substring(tokens.get(from - 1).end(), tokens.get(to).start()).contains("=");
    for (int i = from; i < to; i++) {
      String f = tokens.get(i).form();
      if (NOT_ATTRIBUTIVE.contains(f)) {
        return false;
      }
      copula |= COPULAS.contains(f);
    }
    return copula || from == to;
  }

  /** Whether tokens {@code from}..{@code to} hold an object pronoun ("il faut les chasser"). */
  boolean hasPronoun(int from, int to) {
    for (int i = from; i < to; i++) {
      if (PRONOUNS.contains(text.tokens().get(i).form())) {
        return true;
      }
    }
    return false;
  }

  private static int[] sentences(NormalizedText text) {
    List<NormalizedText.Token> tokens = text.tokens();
    int[] ids = new int[tokens.size()];
    int id = 0;
    for (int i = 1; i < tokens.size(); i++) {
      String between = text.original().substring(tokens.get(i - 1).end(), tokens.get(i).start());
      if (between.contains(".")
          || between.contains("!")
          || between.contains("?")
          || between.contains("\n")
          || between.contains(";")) {
        id++;
      }
      ids[i] = id;
    }
    return ids;
  }

  /** Character ranges between quotation marks: « », “ ”, and pairs of straight quotes. */
  private static List<int[]> quotes(String s) {
    List<int[]> ranges = new ArrayList<>();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (open < 0 && (c == '«' || c == '“' || c == '"')) {
        open = i;
        closing = c == '«' ? '»' : c == '“' ? '”' : '"';
      } else if (open >= 0 && c == closing) {
        ranges.add(new int[] {open, i + 1});
        open = -1;
      }
    }
    return ranges;
  }
}
