package org.vigie.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.vigie.analysis.quotes.Cues.Cue;
import org.vigie.analysis.quotes.Cues.Subject;
import org.vigie.analysis.quotes.Cues.Verb;

/**
 * Finds indirect speech outside quotation marks:
 *
 * <ul>
 *   <li>a speech verb and "que": "X a indiqué que …", "il a donné l'assurance que …", "avouera
 *       qu'…", "ajoutant que …" (the reported clause, to the end of the sentence);
 *   <li>an opinion introduced by "selon X," "d'après X," or "pour X," where X is a person, a role
 *       or a pronoun (the rest of the sentence, after a relative clause on X if any);
 *   <li>an incise: "…, poursuivra Ousmane Bamba, …", "…, soulignera-t-il, …", "…, a déclaré la
 *       bibliothécaire de l'ONU." (the whole sentence, or what precedes a final incise).
 * </ul>
 */
final class ReportedSpeech {
  /** How many tokens of a clause are searched for a quotation (keeps long sentences linear). */
  private static final int MAX_SCAN = 300;

  private final Passage p;
  private final Cues cues;

  ReportedSpeech(Passage p, Cues cues) {
    this.p = p;
    this.cues = cues;
  }

  List<Candidate> find() {
    List<Candidate> found = new ArrayList<>();
    int k = 0;
    while (k < p.size()) {
      Candidate c = p.quoteOf[k] >= 0 ? null : at(k);
      if (c != null) {
        found.add(c);
        k = Math.max(k + 1, p.tokenAt(c.end() - 1) + 1);
      } else {
        k++;
      }
    }
    return found;
  }

  private Candidate at(int k) {
    Candidate c = thatClause(k);
    if (c == null) {
      c = opinion(k);
    }
    return c == null ? incise(k) : c;
  }

  private Candidate thatClause(int k) {
    Verb v = cues.verbAt(k);
    if (v == null || !v.reports() || v.end() < k || !cues.is(v.end() + 1, "que", "qu'")) {
      return null;
    }
    int from = v.end() + 2;
    if (from >= p.size() || p.quoteOf[from] >= 0 || !p.sameSentence(from, v.end())) {
      return null;
    }
    Ref ref = cues.subjectOf(v);
    Cue cue =
        ref == null ? null : new Cue(p.span(v.start(), v.end()), v.start(), v.end(), ref, true);
    return cue == null ? null : clause(from, clauseEnd(from), cue);
  }

  private Candidate opinion(int k) {
    String intro = intro(k);
    if (intro == null || !(p.sentenceStart(k) || cues.is(k - 1, ",") || intro.equals("d'après"))) {
      return null;
    }
    Subject subject = cues.subjectAfter(k + 1, true);
    if (subject == null) {
      return null;
    }
    int comma = commaAfter(subject.end() + 1);
    if (comma < 0) {
      return null;
    }
    int from = comma + 1;
    if (cues.is(from, "qui")) {
      from = afterRelative(from + 1);
    }
    if (from < 0 || from >= p.size() || !p.sameSentence(from, k) || introducesQuote(from)) {
      return null;
    }
    int start = intro.equals("d'après") ? k - 1 : k;
    return clause(from, clauseEnd(from), new Cue(intro, start, subject.end(), subject.ref(), true));
  }

  /**
   * The first token after a relative clause on the speaker ("Selon X, qui coordonne … via ses
   * comptes Twitter, Facebook et Flickr, les médias…"): after the first comma not followed by a
   * name, which would continue an enumeration. -1 when there is none in the sentence.
   */
  private int afterRelative(int from) {
    int end = Math.min(p.sentenceEnd(from), from + MAX_SCAN);
    for (int k = from; k < end; k++) {
      if (cues.is(k, ",") && !p.tokens.get(k + 1).capitalized()) {
        return k + 1;
      }
    }
    return -1;
  }

  private String intro(int k) {
    if (cues.is(k, "selon", "pour")) {
      return p.lower[k];
    }
    return cues.is(k, "après") && cues.is(k - 1, "d'") ? "d'après" : null;
  }

  /** The comma that ends a subject, allowing a short complement ("X de Doniblog,"). */
  private int commaAfter(int from) {
    for (int k = from; k < p.size() && k < from + 30 && p.sameSentence(from, k); k++) {
      if (cues.is(k, ",")) {
        return k;
      }
      if (p.quoteOf[k] >= 0 || cues.verbAt(k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when a quotation that its own cue introduces opens in the clause starting at {@code from}.
   */
  private boolean introducesQuote(int from) {
    int end = Math.min(p.sentenceEnd(from), from + MAX_SCAN);
    for (int k = from; k <= end; k++) {
      int s = p.quoteOf[k];
      if (s >= 0 && p.spanOpen[s] == k && cues.before(k) != null) {
        return true;
      }
      if (s >= 0) {
        k = p.spanClose[s];
      }
    }
    return false;
  }

  private Candidate incise(int k) {
    if (!cues.is(k, ",") || p.sentenceStart(k) || p.sentenceQuoted(k)) {
      return null;
    }
    Cue cue = cues.invertedCue(k + 1);
    if (cue == null || !cue.reports()) {
      return null;
    }
    int after = cue.end() + 1;
    int begin = p.sentenceBegin(k);
    if (cues.is(after, ",")) {
      return clause(begin, clauseEnd(begin), cue);
    }
    boolean last = after >= p.size() || !p.sameSentence(after, k) || p.terminator(after);
    return last ? clause(begin, k - 1, cue) : null;
  }

  private int clauseEnd(int from) {
    int end = p.sentenceEnd(from);
    return end > from && p.terminator(end) ? end - 1 : end;
  }

  private Candidate clause(int from, int to, Cue cue) {
    if (to < from) {
      return null;
    }
    int start = p.tokens.get(from).start();
    int end = p.tokens.get(to).end();
    return new Candidate(start, end, from, false, cue);
  }
}
