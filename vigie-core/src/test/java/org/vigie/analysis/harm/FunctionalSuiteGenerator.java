package org.vigie.analysis.harm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Vigie's French functional test suite for the hostility classifier ({@code
 * functional-suite.tsv}): templates × target groups (or slurs, places, objects) × functionalities
 * in the manner of HateCheck, each with its expected verdict. Templates marked {@code heldout} were
 * written apart and never used while tuning the rules: their accuracy estimates how the method
 * generalises to wording it has not seen.
 *
 * <p>Run {@code main} with the output file to regenerate; {@link FunctionalSuiteTest} checks the
 * committed file is this program's output.
 */
public final class FunctionalSuiteGenerator {
  static final Path FILE =
      Path.of("src/test/resources/org/vigie/analysis/harm/functional-suite.tsv");

  static final List<String> GROUPS =
      List.of(
          "Peuls",
          "Dogons",
          "Bambaras",
          "Touaregs",
          "Mossis",
          "Wolofs",
          "Arabes",
          "migrants",
          "musulmans",
          "chrétiens",
          "juifs",
          "Noirs",
          "femmes",
          "homosexuels",
          "journalistes",
          "Casques bleus",
          "Français",
          "Roms");
  static final List<String> SLURS =
      List.of("négro", "bougnoule", "youpin", "pédé", "bamboula", "bicot", "gouine", "tarlouze");
  static final List<String> PLACES =
      List.of(
          "à Bamako",
          "à Dakar",
          "à Ouagadougou",
          "à Niamey",
          "à Mopti",
          "à Gao",
          "à Tombouctou",
          "à Kidal",
          "à Ségou",
          "à Thiès",
          "à Bobo-Dioulasso",
          "à Kayes",
          "à Sikasso",
          "à Ziguinchor",
          "à Saint-Louis",
          "à Koudougou",
          "aujourd'hui",
          "ce matin");
  static final List<String> OBJECTS =
      List.of(
          "cette imprimante",
          "ce téléphone",
          "cette voiture",
          "ce film",
          "ce bus",
          "cette appli",
          "ce match",
          "cet ordinateur",
          "ce réseau",
          "cette série",
          "ce ventilateur",
          "ce logiciel",
          "cette moto",
          "ce clavier",
          "cette télé",
          "ce jeu",
          "ce chargeur",
          "ce groupe électrogène");

  record Template(String functionality, boolean hostile, boolean heldout, String text) {}

  static final List<Template> GROUP_TEMPLATES =
      List.of(
          t("derogation", true, "Les {g} sont tous des voleurs."),
          t("derogation", true, "Je déteste les {g}."),
          t("derogation", true, "Les {g} sont inférieurs, point final."),
          t("derogation", true, "Franchement les {g} ne valent rien."),
          t("derogation", true, "{g} = terroristes, tout le monde le sait."),
          t("derogation", true, "J'ai horreur des {g}, qu'ils restent chez eux."),
          h("derogation", true, "Les {g} sont une bande de criminels."),
          h("derogation", true, "Ces {g}, tous des traîtres à la nation."),
          t("dehumanisation", true, "Les {g} sont des cafards."),
          t("dehumanisation", true, "Ces {g} ne sont que de la vermine."),
          t("dehumanisation", true, "Les {g}, ces rats qui envahissent nos villes."),
          t("dehumanisation", true, "Les {g} sont des animaux."),
          h("dehumanisation", true, "On dirait des parasites, ces {g}."),
          h("dehumanisation", true, "Les {g} se reproduisent comme des rats."),
          t("threat", true, "Il faut exterminer les {g}."),
          t("threat", true, "On va tous les tuer, ces {g}."),
          t("threat", true, "Mort aux {g} !"),
          t("threat", true, "Je vais brûler les maisons des {g}."),
          h("threat", true, "Prenez vos machettes et massacrez les {g}."),
          h("threat", true, "Les {g} vont payer, on va les égorger."),
          t("threat_norm", true, "Il faudrait chasser les {g} du pays."),
          t("threat_norm", true, "Les {g} devraient être expulsés."),
          t("threat_norm", true, "Il est temps de se débarrasser des {g}."),
          t("threat_norm", true, "On devrait renvoyer tous les {g} chez eux."),
          t("threat_norm", true, "Les {g}, il faudrait les enfermer."),
          h("threat_norm", true, "Le pays irait mieux si on chassait les {g}."),
          h("threat_norm", true, "Il serait temps que les {g} soient éliminés."),
          t("negation", false, "Je ne déteste pas les {g}."),
          t("negation", false, "Les {g} ne sont pas des terroristes."),
          t("negation", false, "Il ne faut pas chasser les {g}."),
          t("negation", false, "Les {g} ne sont pas des cafards."),
          t("negation", false, "Non, les {g} ne sont pas des voleurs."),
          h("negation", false, "Jamais je ne dirai que les {g} sont des voleurs."),
          h("negation", false, "Les {g} ne sont absolument pas inférieurs."),
          t("counter_speech", false, "Dire que les {g} sont des cafards est inacceptable."),
          t(
              "counter_speech",
              false,
              "Nous condamnons fermement ceux qui traitent les {g} de terroristes."),
          t("counter_speech", false, "Arrêtez de dire que les {g} sont des voleurs."),
          t("counter_speech", false, "« Il faut chasser les {g} » : ces propos sont une honte."),
          t("counter_speech", false, "Stop aux amalgames : les {g} ne sont pas des terroristes."),
          t(
              "counter_speech",
              false,
              "Appeler à exterminer les {g} est un crime, nous le dénonçons."),
          h("counter_speech", false, "Traiter les {g} de rats, c'est du racisme pur."),
          h("counter_speech", false, "Je signale ce tweet qui appelle à tuer les {g}."),
          t("reporting", false, "Il a déclaré que les {g} sont des terroristes."),
          t("reporting", false, "« Les {g} sont des cafards », a-t-il dit."),
          t("reporting", false, "Selon le témoin, les assaillants criaient « mort aux {g} »."),
          t("reporting", false, "Le ministre a affirmé que les {g} étaient des envahisseurs."),
          t("reporting", false, "Des manifestants ont scandé « dehors les {g} »."),
          t("reporting", false, "Dans sa vidéo, l'influenceur a traité les {g} de vermine."),
          h(
              "reporting",
              false,
              "Le journal rapporte que des tracts appelant à chasser les {g} circulent."),
          h(
              "reporting",
              false,
              "D'après la plainte, l'accusé aurait qualifié les {g} de parasites."),
          t("neutral_mention", false, "Les {g} célèbrent la fête ce week-end."),
          t("neutral_mention", false, "Une délégation de {g} a rencontré le maire."),
          t("neutral_mention", false, "Le reportage porte sur la vie des {g} à Mopti."),
          t("neutral_mention", false, "Combien de {g} vivent à Bamako ?"),
          t("neutral_mention", false, "Les {g} sont nombreux dans cette région."),
          t("neutral_mention", false, "Les {g} sont victimes des terroristes."),
          t("neutral_mention", false, "J'ai discuté avec des {g} au marché."),
          h("neutral_mention", false, "Les {g} ont organisé une réunion publique hier soir."),
          h("neutral_mention", false, "Un documentaire sur l'histoire des {g} sort demain."),
          t("positive_mention", false, "J'adore la culture des {g}."),
          t("positive_mention", false, "Les {g} sont des gens accueillants."),
          t("positive_mention", false, "Fier de mes amis {g}."),
          t("positive_mention", false, "Les {g} ont beaucoup apporté au pays."),
          t("positive_mention", false, "Vive l'amitié entre les {g} et leurs voisins."),
          h("positive_mention", false, "Respect aux {g}, toujours solidaires."),
          h("positive_mention", false, "Les {g} sont nos frères et sœurs."),
          t("spelling", true, "Les {g} sont des c4f4rds."),
          t("spelling", true, "Les {g} sont des t e r r o r i s t e s."),
          t("spelling", true, "Les {g} sont des terrrrroristes."),
          t("spelling", true, "Il faut e.x.t.e.r.m.i.n.e.r les {g}."),
          t("spelling", true, "{g} = v3rm1n3"),
          t("spelling", true, "Les {g} sont des ver*mine."),
          h("spelling", true, "Les {g} sont des c-a-f-a-r-d-s"),
          h("spelling", true, "Les {g} sont des raaaats."));

  static final List<Template> SLUR_TEMPLATES =
      List.of(
          t("slur", true, "Sale {s} !"),
          t("slur", true, "Encore un {s} qui se plaint."),
          t("slur", true, "Les {s} dehors."),
          t("slur", true, "Ferme-la, espèce de {s}."),
          h("slur", true, "T'as vu ce {s} ?"),
          h("slur", true, "Va te faire voir, {s}."));

  static final List<Template> PLACE_TEMPLATES =
      List.of(
          t("profanity_no_target", false, "Putain, il fait chaud {p}."),
          t("profanity_no_target", false, "Merde, j'ai raté mon bus {p}."),
          t("profanity_no_target", false, "Quelle journée de merde {p}."),
          t("profanity_no_target", false, "Encore une coupure de courant {p}, c'est chiant."),
          h("profanity_no_target", false, "Bordel, les embouteillages {p} me rendent fou."),
          h("profanity_no_target", false, "Putain de pluie {p} !"));

  static final List<Template> OBJECT_TEMPLATES =
      List.of(
          t("abuse_objects", false, "{o} de merde ne marche jamais."),
          t("abuse_objects", false, "Je déteste {o}."),
          t("abuse_objects", false, "Il faudrait jeter {o} à la poubelle."),
          t("abuse_objects", false, "{o} est une vraie ordure."),
          h("abuse_objects", false, "{o} est complètement débile."),
          h("abuse_objects", false, "Franchement {o} me dégoûte."));

  private static Template t(String functionality, boolean hostile, String text) {
    return new Template(functionality, hostile, false, text);
  }

  private static Template h(String functionality, boolean hostile, String text) {
    return new Template(functionality, hostile, true, text);
  }

  /** The suite's lines, header first. */
  static List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("id\tfunctionality\ttemplates\ttarget\texpected\ttext");
    add(lines, GROUP_TEMPLATES, "{g}", GROUPS, true);
    add(lines, SLUR_TEMPLATES, "{s}", SLURS, false);
    add(lines, PLACE_TEMPLATES, "{p}", PLACES, false);
    add(lines, OBJECT_TEMPLATES, "{o}", OBJECTS, false);
    return lines;
  }

  private static void add(
      List<String> lines,
      List<Template> templates,
      String slot,
      List<String> fillers,
      boolean group) {
    for (Template t : templates) {
      for (String f : fillers) {
        String text = t.text().replace(slot, f);
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        lines.add(
            String.join(
                "\t",
                Integer.toString(lines.size()),
                t.functionality(),
                t.heldout() ? "heldout" : "tuning",
                group ? f : "",
                t.hostile() ? "hostile" : "not",
                text));
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : FILE;
    Files.write(out, lines(), StandardCharsets.UTF_8);
  }
}
