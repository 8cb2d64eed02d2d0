package org.vigie.link.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes near-duplicate copies of real articles as republishing sites produce them: their own
 * boilerplate lines added at the top and bottom, another headline, a sentence reworded or dropped,
 * spacing and punctuation changed, the last paragraph cut. Every copy gets at least three of these
 * edits. Deterministic for a given {@link Random} seed. Not thread-safe.
 */
public final class CopyGenerator {
  private static final List<String> TOP =
      List.of(
          "Accueil > Actualités > Afrique",
          "Publié le 12 mars 2023 à 10h45 | Mis à jour le 12 mars 2023 à 11h02",
          "Par la rédaction avec agences",
          "Temps de lecture : 4 min",
          "Partager sur Facebook Partager sur Twitter Partager sur WhatsApp",
          "ABONNEZ-VOUS À NOTRE CHAÎNE WHATSAPP",
          "Fil d'actu",
          "Source : BBC Afrique");
  private static final List<String> BOTTOM =
      List.of(
          "Lire aussi : Les dernières nouvelles du continent",
          "© 2023 Tous droits réservés. Reproduction interdite sans autorisation.",
          "Laisser une réponse Annuler la réponse",
          "Votre adresse e-mail ne sera pas publiée.",
          "Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.",
          "Tags : Afrique, Politique, Société, Économie",
          "Publicité",
          "Cet article a été vu 1 254 fois.",
          "Articles similaires");
  private static final List<String> HEADLINE_PREFIXES =
      List.of("VIDÉO - ", "Afrique : ", "EXCLUSIF. ", "Ce qu'il faut savoir : ", "Urgent - ");
  private static final List<String> INSERTED_WORDS =
      List.of("notamment", "également", "selon nos informations", "toutefois", "en effet");

  private final Random random;

  public CopyGenerator(Random random) {
    this.random = random;
  }

  /** A copy of the article, as the clean text of another site's page would be. */
  public String copy(NewsArticle article) {
    List<String> sentences = new ArrayList<>(sentences(article.text()));
    String headline = article.headline();
    List<Integer> edits = new ArrayList<>(Arrays.asList(0, 1, 2, 3, 4, 5, 6));
    Collections.shuffle(edits, random);
    List<Integer> chosen = edits.subList(0, 3 + random.nextInt(3));
    if (chosen.contains(2)) {
      headline = newHeadline(headline);
    }
    if (chosen.contains(3)) {
      reword(sentences);
    }
    if (chosen.contains(4) && sentences.size() > 3) {
      sentences.remove(1 + random.nextInt(sentences.size() - 2));
    }
    if (chosen.contains(6) && sentences.size() > 6) {
      int cut = Math.max(1, sentences.size() / 10);
      sentences.subList(sentences.size() - cut, sentences.size()).clear();
    }
    StringBuilder text = new StringBuilder();
    if (chosen.contains(0)) {
      pick(TOP, 1 + random.nextInt(3)).forEach(l -> text.append(l).append("\n\n"));
    }
    text.append(headline).append("\n\n").append(paragraphs(sentences));
    if (chosen.contains(1)) {
      pick(BOTTOM, 1 + random.nextInt(4)).forEach(l -> text.append("\n\n").append(l));
    }
    return chosen.contains(5) ? respace(text.toString()) : text.toString();
  }

  private String newHeadline(String headline) {
    String prefix = HEADLINE_PREFIXES.get(random.nextInt(HEADLINE_PREFIXES.size()));
    String[] words = headline.split(" ");
    int keep = Math.max(2, words.length - 1 - random.nextInt(Math.max(1, words.length / 3)));
    return prefix + String.join(" ", Arrays.copyOf(words, Math.min(keep, words.length)));
  }

  /** One or two words of one sentence inserted, dropped or replaced. */
  private void reword(List<String> sentences) {
    int i = random.nextInt(sentences.size());
    List<String> words = new ArrayList<>(Arrays.asList(sentences.get(i).split(" ")));
    for (int n = 1 + random.nextInt(2); n > 0 && words.size() > 3; n--) {
      int at = 1 + random.nextInt(words.size() - 2);
      switch (random.nextInt(3)) {
        case 0 -> words.add(at, INSERTED_WORDS.get(random.nextInt(INSERTED_WORDS.size())));
        case 1 -> words.remove(at);
        default -> words.set(at, words.get(at).toUpperCase(Locale.ROOT) + "s");
      }
    }
    sentences.set(i, String.join(" ", words));
  }

  /** Typographic differences a copy-paste introduces: apostrophes, quotes, spaces, dashes. */
  private String respace(String text) {
    return text.replace("'", "’")
        .replace(" : ", " :  ")
        .replace(", ", " , ")
        .replace("\"", "« ")
        .replace(" - ", " — ")
        .replace(". ", ".\n");
  }

  private List<String> pick(List<String> lines, int n) {
    List<String> copy = new ArrayList<>(lines);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(n, copy.size()));
  }

  /** The article's sentences (it has no paragraph breaks): split after . ! ? before a capital. */
  static List<String> sentences(String text) {
    return Arrays.stream(text.split("(?<=[.!?»])\\s+(?=[\\p{Lu}«\"])"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Sentences grouped three to a paragraph. */
  static String paragraphs(List<String> sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      sb.append(i == 0 ? "" : i % 3 == 0 ? "\n\n" : " ").append(sentences.get(i));
    }
    return sb.toString();
  }
}
