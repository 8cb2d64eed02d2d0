package org.vigie.analysis.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that tell what a person is and which gender the text gives them: role nouns ("la
 * bibliothécaire", "l'Officière de presse"), titles ("Mme", "M.") and common first names of the
 * region. Lower-case lookups; immutable and thread-safe.
 */
final class PersonWords {

  /** Role nouns: masculine/feminine pairs, or one epicene form. */
  private static final String[] ROLE_NOUNS = {
    "directeur/directrice",
    "représentant/représentante",
    "responsable",
    "chef/cheffe",
    "ministre",
    "président/présidente",
    "vice-président/vice-présidente",
    "porte-parole",
    "officier/officière",
    "expert/experte",
    "bibliothécaire",
    "internaute",
    "blogueur/blogueuse",
    "bloggeur/bloggeuse",
    "journaliste",
    "secrétaire",
    "coordinateur/coordinatrice",
    "coordonnateur/coordonnatrice",
    "chargé/chargée",
    "conseiller/conseillère",
    "gouverneur/gouverneure",
    "maire",
    "préfet/préfète",
    "ambassadeur/ambassadrice",
    "membre",
    "délégué/déléguée",
    "commissaire",
    "député/députée",
    "sénateur/sénatrice",
    "chercheur/chercheuse",
    "analyste",
    "spécialiste",
    "militant/militante",
    "professeur/professeure",
    "avocat/avocate",
    "juge",
    "procureur/procureure",
    "imam",
    "pasteur",
    "dirigeant/dirigeante",
    "fondateur/fondatrice",
    "promoteur/promotrice",
    "animateur/animatrice",
    "participant/participante",
    "habitant/habitante",
    "témoin",
    "observateur/observatrice",
    "activiste",
    "influenceur/influenceuse",
    "administrateur/administratrice",
    "fonctionnaire",
    "commandant/commandante",
    "général/générale",
    "colonel/colonelle",
    "capitaine",
    "médecin",
    "docteur/docteure",
    "enseignant/enseignante",
    "étudiant/étudiante",
    "élu/élue",
    "candidat/candidate",
    "patron/patronne",
    "économiste",
    "sociologue",
    "politologue",
    "consultant/consultante",
    "formateur/formatrice",
    "facilitateur/facilitatrice",
    "modérateur/modératrice",
    "rapporteur/rapporteuse",
    "gestionnaire",
    "assistant/assistante",
    "adjoint/adjointe",
    "envoyé/envoyée",
    "émissaire",
    "officiel/officielle",
    "leader",
    "avocat-conseil",
    "agent",
    "présentateur/présentatrice",
    "auteur/autrice",
    "écrivain/écrivaine",
    "chroniqueur/chroniqueuse",
    "rédacteur/rédactrice",
    "éditeur/éditrice",
    "producteur/productrice",
    "réalisateur/réalisatrice",
    "artiste",
    "chanteur/chanteuse",
    "joueur/joueuse",
    "entraîneur/entraîneuse",
    "sélectionneur/sélectionneuse",
    "victime",
    "rescapé/rescapée",
    "survivant/survivante",
    "notable"
  };

  private static final Set<String> FEMALE_NAMES =
      Set.copyOf(
          List.of(
              "aminata",
              "fatoumata",
              "fatimata",
              "mariam",
              "mariama",
              "myriam",
              "awa",
              "kadiatou",
              "oumou",
              "aïssata",
              "aissata",
              "hawa",
              "fanta",
              "rokia",
              "rokiatou",
              "djénéba",
              "djeneba",
              "hadiza",
              "hadizatou",
              "hadizetou",
              "balkissa",
              "salamatou",
              "ramatou",
              "ndeye",
              "fatou",
              "khady",
              "coumba",
              "binta",
              "aïcha",
              "aicha",
              "zeinab",
              "safiatou",
              "assétou",
              "assetou",
              "nana",
              "adja",
              "maimouna",
              "maïmouna",
              "marie",
              "anne",
              "annie",
              "sophie",
              "isabelle",
              "isabella",
              "joanne",
              "jeanne",
              "catherine",
              "claire",
              "christine",
              "nathalie",
              "sylvie",
              "martine",
              "françoise",
              "francoise",
              "monique",
              "véronique",
              "veronique",
              "sarah",
              "julie",
              "laura",
              "maria",
              "anna",
              "elena",
              "michelle",
              "linda",
              "helen",
              "susan",
              "mary",
              "elizabeth",
              "fatimatou",
              "aoua"));

  private static final Set<String> MALE_NAMES =
      Set.copyOf(
          List.of(
              "mamadou",
              "moussa",
              "ousmane",
              "ibrahim",
              "ibrahima",
              "amadou",
              "boubacar",
              "aboubacar",
              "modibo",
              "seydou",
              "souleymane",
              "abdoulaye",
              "issa",
              "oumar",
              "cheick",
              "cheikh",
              "bakary",
              "sékou",
              "sekou",
              "lassana",
              "youssouf",
              "moctar",
              "mahamadou",
              "idrissa",
              "alassane",
              "macky",
              "amary",
              "nouhoun",
              "sambi",
              "tiébilé",
              "soumaïla",
              "soumaila",
              "ismaël",
              "ismael",
              "mohamed",
              "mahamane",
              "hamidou",
              "harouna",
              "abdou",
              "abdoul",
              "samba",
              "demba",
              "ablaye",
              "babacar",
              "idrissa",
              "jean",
              "pierre",
              "paul",
              "jacques",
              "michel",
              "françois",
              "francois",
              "emmanuel",
              "patrick",
              "philippe",
              "alain",
              "bernard",
              "daniel",
              "david",
              "michael",
              "peter",
              "john",
              "james",
              "robert",
              "william",
              "thomas",
              "masood",
              "antonio",
              "ban",
              "kofi",
              "roch",
              "blaise",
              "assimi",
              "boubou",
              "karim"));

  private static final Map<String, Gender> ROLES = new HashMap<>();

  static {
    for (String entry : ROLE_NOUNS) {
      String[] forms = entry.split("/");
      if (forms.length == 1) {
        ROLES.put(forms[0], Gender.UNKNOWN);
      } else {
        ROLES.put(forms[0], Gender.MASCULINE);
        ROLES.put(forms[1], Gender.FEMININE);
      }
    }
  }

  private PersonWords() {}

  /** True for a noun that names a person by role ("directrice", "internaute"). */
  static boolean roleNoun(String lower) {
    return ROLES.containsKey(lower);
  }

  /** The gender a role noun gives ({@link Gender#UNKNOWN} for epicene or unknown nouns). */
  static Gender roleGender(String lower) {
    return ROLES.getOrDefault(lower, Gender.UNKNOWN);
  }

  /** The gender of a first name, when it is one of the common names we know. */
  static Gender firstName(String lower) {
    if (FEMALE_NAMES.contains(lower)) {
      return Gender.FEMININE;
    }
    return MALE_NAMES.contains(lower) ? Gender.MASCULINE : Gender.UNKNOWN;
  }

  /** The gender a title gives ("Mme" feminine, "M." masculine), or {@code null} for no title. */
  static Gender title(String word) {
    return switch (word) {
      case "Mme", "Mme.", "Madame", "Mlle", "Mlle.", "Mademoiselle", "Mrs", "Mrs.", "Ms" ->
          Gender.FEMININE;
      case "M.", "Monsieur", "Mr", "Mr." -> Gender.MASCULINE;
      case "Dr", "Dr.", "Pr", "Pr.", "Me", "Me." -> Gender.UNKNOWN;
      default -> null;
    };
  }
}
