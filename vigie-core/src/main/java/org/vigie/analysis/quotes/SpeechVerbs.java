package org.vigie.analysis.quotes;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The French verbs that introduce speech, by written form (lower case, accents as written, with the
 * unaccented spellings of î that the press uses: "reconnait"). Immutable and thread-safe.
 *
 * <p>A verb either <em>reports</em> (it can introduce indirect speech: "a indiqué que") or only
 * introduces quoted words ("elle a appris : « … »", "réalise que « … »").
 */
final class SpeechVerbs {

  /** How a form is used around a quotation. */
  enum Form {
    /** After an auxiliary: "a déclaré". */
    PARTICIPLE,
    /** Conjugated on its own: "poursuivra", "souligne", "reconnait". */
    FINITE,
    /** "ajoutant que", "précisant que": the subject is the sentence's speaker. */
    PRESENT_PARTICIPLE,
    /** "avant d'ajouter": the subject is the sentence's speaker. */
    INFINITIVE
  }

  /** What a written word can be: some forms are both ("dit" in "a dit" and "dit-il"). */
  record Verb(Set<Form> forms, boolean reports) {
    boolean is(Form form) {
      return forms.contains(form);
    }
  }

  /** Regular -er verbs by stem: déclar → déclaré, déclare, déclarera, déclarait, déclarant… */
  private static final List<String> REPORTING_ER =
      List.of(
          "déclar",
          "ajout",
          "soulign",
          "affirm",
          "expliqu",
          "avou",
          "assur",
          "not",
          "indiqu",
          "précis",
          "estim",
          "confi",
          "lanc",
          "rappel",
          "insist",
          "martel",
          "comment",
          "observ",
          "déplor",
          "regrett",
          "annonc",
          "racont",
          "témoign",
          "plaid",
          "relev",
          "consider",
          "considér",
          "jug",
          "pens",
          "révél",
          "confirm",
          "dénonc",
          "exhort",
          "signal",
          "recommand",
          "résum",
          "fustig",
          "constat",
          "prédis",
          "nuanc",
          "tranch",
          "interpell",
          "souhait",
          "rassur",
          "clam",
          "proclam",
          "argument",
          "rétorqu",
          "répliqu");

  /** Irregular verbs: participle, finite forms, present participle, infinitive. */
  private static final List<List<String>> REPORTING_IRREGULAR =
      List.of(
          List.of("poursuivi", "poursuit poursuivra poursuivait poursuivit", "poursuivant"),
          List.of("dit", "dit dira disait", "disant", "dire"),
          List.of(
              "reconnu",
              "reconnaît reconnait reconnaîtra reconnaitra reconnaissait reconnut",
              "reconnaissant",
              "reconnaître reconnaitre"),
          List.of("conclu", "conclut conclura concluait", "concluant", "conclure"),
          List.of("répondu", "répond répondra répondait répondit", "répondant", "répondre"),
          List.of("soutenu", "soutient soutiendra soutenait soutint", "soutenant", "soutenir"),
          List.of("averti", "avertit avertira", "avertissant", "avertir"),
          List.of("prévenu", "prévient préviendra", "prévenant", "prévenir"),
          List.of("admis", "admet admettra", "admettant", "admettre"),
          List.of("promis", "promet promettra", "promettant", "promettre"),
          List.of("écrit", "écrit écrira écrivait", "écrivant", "écrire"),
          List.of("réagi", "réagit réagira", "réagissant", "réagir"));

  /** Forms that introduce quoted words but not indirect speech ("a appris : « … »"). */
  private static final List<String> QUOTING_ONLY =
      List.of("appris", "réalisé", "réalise", "réalisera", "confessé", "confesse");

  private static final List<String> AUXILIARIES =
      List.of(
          "a", "avait", "aura", "aurait", "eut", "a-t-il", "a-t-elle", "avait-il", "avait-elle");

  private static final Map<String, Verb> FORMS = new HashMap<>();

  static {
    for (String stem : REPORTING_ER) {
      String future = stem + "era";
      put(stem + "é", Form.PARTICIPLE, true);
      for (String f : List.of(stem + "e", future, stem + "ait", stem + "a")) {
        put(f, Form.FINITE, true);
      }
      put(stem + (stem.endsWith("g") ? "eant" : "ant"), Form.PRESENT_PARTICIPLE, true);
      put(stem + "er", Form.INFINITIVE, true);
    }
    for (List<String> verb : REPORTING_IRREGULAR) {
      put(verb.get(0), Form.PARTICIPLE, true);
      for (String f : verb.get(1).split(" ")) {
        put(f, Form.FINITE, true);
      }
      put(verb.get(2), Form.PRESENT_PARTICIPLE, true);
      if (verb.size() > 3) {
        for (String f : verb.get(3).split(" ")) {
          put(f, Form.INFINITIVE, true);
        }
      }
    }
    for (String f : QUOTING_ONLY) {
      put(f, f.endsWith("é") || f.endsWith("is") ? Form.PARTICIPLE : Form.FINITE, false);
    }
  }

  private SpeechVerbs() {}

  private static void put(String form, Form kind, boolean reports) {
    Verb known = FORMS.get(form);
    EnumSet<Form> forms = known == null ? EnumSet.noneOf(Form.class) : EnumSet.copyOf(known.forms);
    forms.add(kind);
    FORMS.put(form, new Verb(Set.copyOf(forms), reports || known != null && known.reports));
  }

  /** The speech verb a lower-cased word is a form of, or {@code null}. */
  static Verb lookup(String lower) {
    return FORMS.get(lower);
  }

  /** True for the auxiliaries of the past tenses ("a", "avait", "a-t-elle"). */
  static boolean auxiliary(String lower) {
    return AUXILIARIES.contains(lower);
  }

  /**
   * Splits an inverted subject pronoun off a verb: "soulignera-t-il" → "soulignera" (masculine),
   * "dit-elle" → "dit" (feminine).
   *
   * @return the bare verb and the pronoun's gender, or {@code null} when the word has no pronoun
   */
  static Inverted inverted(String lower) {
    for (String suffix : List.of("-t-elle", "-t-il", "-elle", "-il")) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        Gender g = suffix.endsWith("elle") ? Gender.FEMININE : Gender.MASCULINE;
        return new Inverted(lower.substring(0, lower.length() - suffix.length()), g);
      }
    }
    return null;
  }

  /** A verb with its inverted subject pronoun. */
  record Inverted(String verb, Gender pronoun) {}

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
