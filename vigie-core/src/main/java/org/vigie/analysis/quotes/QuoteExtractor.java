package org.vigie.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.analysis.nlp.Token;
import org.vigie.analysis.nlp.Tokenizer;
import org.vigie.analysis.quotes.Cues.Cue;
import org.vigie.document.Entity;
import org.vigie.document.Quote;

/**
 * Finds who said what in a French text: quotations between « », “ ” or " " and reported speech,
 * each with its speaker and the words that attribute it. Works on a plain string and the entities
 * found in it (people with canonical names and roles); thread-safe and linear in the text's length.
 *
 * <p>What counts as a quotation:
 *
 * <ul>
 *   <li>quoted words with a cue after them ("», a déclaré X", "», a-t-elle ajouté", "», poursuivra
 *       X", "», selon elle") or before them ("X a déclaré : «", "elle a appris : «", "X réalise que
 *       «", "X reconnait également avoir, «", "avant d'ajouter : «");
 *   <li>quoted words with no cue that open a sentence, in the paragraph of a speaker's quote or the
 *       next one: the same speaker goes on (cue {@code null});
 *   <li>a quoted fragment of two words or more inside a speaker's reported speech ("précisant que …
 *       est de « démystifier la diplomatie »"): a partial quotation of that speaker, with the
 *       reported speech's cue;
 *   <li>reported speech ({@link ReportedSpeech}), with {@code direct=false}.
 * </ul>
 *
 * <p>Everything else between quotation marks is not speech: titles of panels or of a project's
 * goal, slogans, scare quotes ("des ambassadeurs qui « hashtaguent »", "les «fake news»"), names.
 * They have no cue and no speaker nearby.
 *
 * <p>Speakers are resolved by {@link Discourse}: a named person by the entity's canonical name, a
 * pronoun by the last person of matching gender, a role phrase by matching roles; {@link
 * Quote#role()} keeps the role phrase the text used. Example: in "« … », a avoué la bibliothécaire
 * de l'ONU" after "Annie Paprocki est bibliothécaire et responsable…", the speaker is "Annie
 * Paprocki" and the role "la bibliothécaire de l'ONU".
 */
public final class QuoteExtractor {

  private static final Set<String> DETERMINERS =
      Set.of(
          "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cette", "ces", "son", "sa",
          "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes");

  /** The quotations and reported speech of a text, in text order. */
  public List<Quote> extract(String text, List<Entity> entities) {
    return extract(text, Tokenizer.french().tokenize(text), entities);
  }

  /** Like {@link #extract(String, List)} with the words of {@code text} already cut. */
  public List<Quote> extract(String text, List<Token> tokens, List<Entity> entities) {
    Passage p = new Passage(text, tokens, entities == null ? List.of() : entities);
    if (p.size() == 0) {
      return List.of();
    }
    Cues cues = new Cues(p);
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < p.spans.size(); s++) {
      Candidate c = direct(p, cues, s);
      if (c != null) {
        candidates.add(c);
      }
    }
    candidates.addAll(new ReportedSpeech(p, cues).find());
    candidates.sort(Comparator.comparingInt(Candidate::start));
    return new Attribution(p, new Discourse(p, entities == null ? List.of() : entities))
        .run(candidates);
  }

  private static Candidate direct(Passage p, Cues cues, int s) {
    QuotedSpan span = p.spans.get(s);
    int start = span.open() + 1;
    int end = span.close();
    while (start < end && Character.isWhitespace(p.text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(p.text.charAt(end - 1)) || p.text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end <= start) {
      return null;
    }
    Cue cue = cues.after(p.spanClose[s]);
    if (cue == null) {
      cue = cues.before(p.spanOpen[s]);
    }
    return new Candidate(start, end, p.spanOpen[s], true, cue);
  }

  /** Resolves candidates in text order, keeping who spoke last. */
  private static final class Attribution {
    private final Passage p;
    private final Discourse discourse;
    private final Map<Integer, Discourse.Person> sentenceSpeaker = new HashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private Quote lastSpoken;
    private int lastSpokenParagraph;
    private Quote lastReported;

    Attribution(Passage p, Discourse discourse) {
      this.p = p;
      this.discourse = discourse;
    }

    List<Quote> run(List<Candidate> candidates) {
      for (Candidate c : candidates) {
        Quote q = c.cue() != null ? attributed(c) : unattributed(c);
        if (q != null) {
          quotes.add(q);
          if (q.speaker() != null) {
            lastSpoken = q;
            lastSpokenParagraph = p.paragraph[p.tokenAt(q.end() - 1)];
          }
          if (!q.direct()) {
            lastReported = q;
          }
        }
      }
      return List.copyOf(quotes);
    }

    private Quote attributed(Candidate c) {
      Cue cue = c.cue();
      int offset = p.tokens.get(cue.token()).start();
      int sentence = p.sentence[cue.token()];
      Discourse.Person speaker;
      String role = null;
      switch (cue.ref()) {
        case Ref.Named n -> {
          speaker = discourse.named(n.entity());
          if (n.apposition() != null && speaker != null) {
            discourse.learn(speaker, n.apposition());
          }
        }
        case Ref.Pronoun pr -> speaker = discourse.pronoun(pr.gender(), offset);
        case Ref.Role r -> {
          speaker = discourse.role(r.phrase(), offset);
          role = r.phrase().text();
        }
        case Ref.SentenceSpeaker s -> {
          speaker = sentenceSpeaker.get(sentence);
          if (speaker == null && !c.direct()) {
            return null;
          }
        }
      }
      if (speaker != null) {
        discourse.spoke(speaker, offset);
        sentenceSpeaker.put(sentence, speaker);
      }
      return quote(c, speaker == null ? null : speaker.name, role, cue.text());
    }

    private Quote unattributed(Candidate c) {
      if (!c.direct() || nounPhrase(c)) {
        return null;
      }
      int words = words(c);
      if (lastReported != null
          && lastReported.speaker() != null
          && c.start() >= lastReported.start()
          && c.end() <= lastReported.end() + 1
          && words >= 2) {
        return quote(c, lastReported.speaker(), lastReported.role(), lastReported.cue());
      }
      boolean continues =
          lastSpoken != null
              && p.sentenceStart(c.first())
              && words >= 4
              && p.paragraph[c.first()] - lastSpokenParagraph <= 1;
      return continues ? quote(c, lastSpoken.speaker(), null, null) : null;
    }

    private boolean nounPhrase(Candidate c) {
      return c.first() > 0 && DETERMINERS.contains(p.lower[c.first() - 1]);
    }

    /** The number of words of a candidate, counted up to four. */
    private int words(Candidate c) {
      int n = 0;
      for (int k = c.first(); k < p.size() && p.tokens.get(k).start() < c.end() && n < 4; k++) {
        n += p.tokens.get(k).punctuation() ? 0 : 1;
      }
      return n;
    }

    private Quote quote(Candidate c, String speaker, String role, String cue) {
      String text = p.text.substring(c.start(), c.end());
      return new Quote(text, speaker, role, cue, c.direct(), c.start(), c.end());
    }
  }
}
