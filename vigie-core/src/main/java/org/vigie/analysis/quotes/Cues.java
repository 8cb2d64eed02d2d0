package org.vigie.analysis.quotes;

import java.util.Set;
import org.vigie.analysis.quotes.SpeechVerbs.Form;
import org.vigie.document.Entity;

/**
 * Finds the words that attribute speech around a position of a {@link Passage}: speech verbs ("a
 * déclaré", "a-t-elle ajouté", "poursuivra", "avant d'ajouter", "a donné l'assurance") and their
 * subjects, before the verb ("Mme Paprocki a en effet noté") or inverted after it ("a déclaré la
 * bibliothécaire de l'ONU", "poursuivra Ousmane Bamba").
 */
final class Cues {

  /** A speech verb group, tokens {@code start} to {@code end}. */
  record Verb(int start, int end, Form form, boolean reports, Gender pronoun) {}

  /**
   * The words that attribute a quote: the verb group (or "selon") and how it names the speaker.
   *
   * @param text the verb group as written ("a-t-elle ajouté", "a en effet noté", "selon")
   * @param token its first token
   * @param end the last token of the attribution, subject included
   * @param ref how it names the speaker
   * @param reports whether it can introduce indirect speech
   */
  record Cue(String text, int token, int end, Ref ref, boolean reports) {}

  /** Adverbs that may stand between an auxiliary and its participle, or around a verb. */
  private static final Set<String> ADVERBS =
      Set.of(
          "en",
          "effet",
          "également",
          "aussi",
          "encore",
          "ensuite",
          "enfin",
          "alors",
          "notamment",
          "ainsi",
          "déjà",
          "d'ailleurs",
          "clairement",
          "bien",
          "donc",
          "pour",
          "sa",
          "son",
          "part",
          "toutefois",
          "cependant",
          "pourtant",
          "simplement",
          "volontiers",
          "aussitôt");

  /** Words that may stand between a cue and the quotation it introduces. */
  private static final Set<String> GAPS =
      Set.of(
          ":",
          ",",
          "que",
          "qu'",
          "également",
          "aussi",
          "encore",
          "ensuite",
          "enfin",
          "alors",
          "avoir",
          "donc",
          "ainsi",
          "simplement",
          "notamment",
          "d'ailleurs");

  private static final int MAX_ADVERBS = 3;

  private final Passage p;

  Cues(Passage p) {
    this.p = p;
  }

  /** The speech verb group that starts at token {@code k} (or ends there, for "avant d'"). */
  Verb verbAt(int k) {
    if (k < 0 || k >= p.size() || p.quoteOf[k] >= 0) {
      return null;
    }
    String w = p.lower[k];
    SpeechVerbs.Inverted inverted = SpeechVerbs.inverted(w);
    if (SpeechVerbs.auxiliary(w)) {
      return perfect(k, inverted == null ? null : inverted.pronoun());
    }
    if (inverted != null) {
      SpeechVerbs.Verb v = SpeechVerbs.lookup(inverted.verb());
      boolean finite = v != null && (v.is(Form.FINITE) || v.is(Form.PARTICIPLE));
      return finite ? new Verb(k, k, Form.FINITE, v.reports(), inverted.pronoun()) : null;
    }
    SpeechVerbs.Verb v = SpeechVerbs.lookup(w);
    if (v == null) {
      return null;
    }
    if (v.is(Form.FINITE)) {
      return new Verb(k, k, Form.FINITE, v.reports(), null);
    }
    if (v.is(Form.PRESENT_PARTICIPLE)) {
      return new Verb(k, k, Form.PRESENT_PARTICIPLE, v.reports(), null);
    }
    if (v.is(Form.INFINITIVE) && k >= 2 && is(k - 1, "d'", "de") && is(k - 2, "avant")) {
      return new Verb(k - 2, k, Form.INFINITIVE, v.reports(), null);
    }
    return null;
  }

  /** "a déclaré", "a en effet noté", "a-t-elle ajouté", "a donné l'assurance". */
  private Verb perfect(int aux, Gender pronoun) {
    int m = skipAdverbs(aux + 1);
    if (m >= p.size() || p.quoteOf[m] >= 0) {
      return null;
    }
    if (is(m, "donné") && is(m + 1, "l'") && is(m + 2, "assurance")) {
      return new Verb(aux, m + 2, Form.PARTICIPLE, true, pronoun);
    }
    if (is(m, "fait") && is(m + 1, "savoir")) {
      return new Verb(aux, m + 1, Form.PARTICIPLE, true, pronoun);
    }
    SpeechVerbs.Verb v = SpeechVerbs.lookup(p.lower[m]);
    return v != null && v.is(Form.PARTICIPLE)
        ? new Verb(aux, m, Form.PARTICIPLE, v.reports(), pronoun)
        : null;
  }

  private int skipAdverbs(int from) {
    int k = from;
    while (k < p.size() && k - from < MAX_ADVERBS && ADVERBS.contains(p.lower[k])) {
      k++;
    }
    return k;
  }

  /**
   * The cue right after a closing quotation mark: "», a déclaré X", "» a-t-elle ajouté", "» au
   * travers des médias sociaux, a déclaré l'Officière…", "», selon elle".
   */
  Cue after(int close) {
    int k = close + 1;
    if (is(k, ",")) {
      k++;
    }
    Cue cue = invertedCue(k);
    if (cue == null) {
      int comma = nextComma(k);
      cue = comma < 0 ? null : invertedCue(comma + 1);
    }
    return cue;
  }

  private int nextComma(int from) {
    for (int k = from; k < p.size() && k < from + 8 && p.sameSentence(from, k); k++) {
      if (p.quoteOf[k] >= 0) {
        return -1;
      }
      if (is(k, ",")) {
        return k;
      }
    }
    return -1;
  }

  /** A verb with its subject after it, or "selon X", starting at token {@code k}. */
  Cue invertedCue(int k) {
    if (is(k, "selon")) {
      Subject subject = subjectAfter(k + 1, true);
      return subject == null ? null : new Cue("selon", k, subject.end(), subject.ref(), true);
    }
    Verb v = verbAt(k);
    if (v == null
        || v.start != k
        || v.form == Form.PRESENT_PARTICIPLE
        || v.form == Form.INFINITIVE) {
      return null;
    }
    if (v.pronoun != null) {
      return new Cue(p.span(v.start, v.end), k, v.end, new Ref.Pronoun(v.pronoun), v.reports);
    }
    Subject subject = subjectAfter(v.end + 1, false);
    return subject == null
        ? null
        : new Cue(p.span(v.start, v.end), k, subject.end(), subject.ref(), v.reports);
  }

  /**
   * The cue before an opening quotation mark: "X a déclaré : «", "elle a appris : «", "X réalise
   * que «", "reconnait également avoir, «", "avant d'ajouter : «", "Selon X, «".
   */
  Cue before(int open) {
    int k = open - 1;
    int gaps = 0;
    while (k >= 0 && gaps < 5 && p.sameSentence(k, open) && GAPS.contains(p.lower[k])) {
      k--;
      gaps++;
    }
    if (k < 0 || !p.sameSentence(k, open) || p.quoteOf[k] >= 0) {
      return null;
    }
    for (int s = k; s >= 0 && s > k - 6; s--) {
      Verb v = verbAt(s);
      if (v != null && v.end == k) {
        Ref ref = subjectOf(v);
        return ref == null ? null : new Cue(p.span(v.start, v.end), v.start, v.end, ref, v.reports);
      }
    }
    return is(open - 1, ",") ? selonBefore(open - 1) : null;
  }

  private Cue selonBefore(int comma) {
    for (int s = comma - 1; s >= 0 && s > comma - 20 && p.sameSentence(s, comma); s--) {
      if (is(s, "selon")) {
        Subject subject = subjectAfter(s + 1, true);
        return subject != null && subject.end() == comma - 1
            ? new Cue("selon", s, subject.end(), subject.ref(), true)
            : null;
      }
    }
    return null;
  }

  /** The subject of a verb group: its inverted pronoun, the sentence's speaker, or before it. */
  Ref subjectOf(Verb v) {
    if (v.pronoun != null) {
      return new Ref.Pronoun(v.pronoun);
    }
    if (v.form == Form.PRESENT_PARTICIPLE || v.form == Form.INFINITIVE) {
      return new Ref.SentenceSpeaker();
    }
    return subjectBefore(v.start);
  }

  /** The subject that ends right before token {@code v}: a pronoun, a person or a role phrase. */
  Ref subjectBefore(int v) {
    int k = v - 1;
    while (k >= 0 && v - k <= MAX_ADVERBS && ADVERBS.contains(p.lower[k])) {
      k--;
    }
    if (k < 0 || !p.sameSentence(k, v)) {
      return null;
    }
    switch (p.lower[k]) {
      case "il" -> {
        return new Ref.Pronoun(Gender.MASCULINE);
      }
      case "elle" -> {
        return new Ref.Pronoun(Gender.FEMININE);
      }
      default -> {}
    }
    Entity person = p.personEndingAt(k);
    if (person != null) {
      return new Ref.Named(person, null);
    }
    RolePhrase role = RolePhrase.endingAt(p, k);
    return role == null ? null : new Ref.Role(role);
  }

  /** A subject found after a verb, and its last token. */
  record Subject(Ref ref, int end) {}

  /**
   * The subject that starts at token {@code j}, after a verb: a person (maybe after a title or a
   * role phrase in apposition) or a role phrase; with {@code pronouns}, also "elle", "lui".
   */
  Subject subjectAfter(int j, boolean pronouns) {
    int k = j;
    if (is(k, "avec") && k + 1 < p.size()) {
      k += 2;
    }
    // "son", "sa" are skipped as in "pour sa part", unless they open a role ("son président")
    if (!(is(k, "son", "sa") && RolePhrase.at(p, k) != null)) {
      k = skipAdverbs(k);
    }
    if (k >= p.size() || p.quoteOf[k] >= 0) {
      return null;
    }
    if (pronouns && is(k, "elle", "lui")) {
      Gender g = is(k, "elle") ? Gender.FEMININE : Gender.MASCULINE;
      return new Subject(new Ref.Pronoun(g), k);
    }
    if (PersonWords.title(p.word(k)) != null && k + 1 < p.size()) {
      k++;
    }
    Entity person = p.personStartingAt(k);
    if (person != null) {
      return new Subject(new Ref.Named(person, null), p.tokenAt(person.end() - 1));
    }
    RolePhrase role = RolePhrase.at(p, k);
    if (role == null) {
      return null;
    }
    Entity apposed = is(role.end() + 1, ",") ? p.personStartingAt(role.end() + 2) : null;
    return apposed != null
        ? new Subject(new Ref.Named(apposed, role), p.tokenAt(apposed.end() - 1))
        : new Subject(new Ref.Role(role), role.end());
  }

  boolean is(int k, String... words) {
    if (k < 0 || k >= p.size()) {
      return false;
    }
    for (String w : words) {
      if (p.lower[k].equals(w)) {
        return true;
      }
    }
    return false;
  }
}
