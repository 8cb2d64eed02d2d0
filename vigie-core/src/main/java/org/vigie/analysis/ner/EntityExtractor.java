package org.vigie.analysis.ner;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.analysis.nlp.Sentence;
import org.vigie.analysis.nlp.SentenceSplitter;
import org.vigie.analysis.nlp.Token;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;

/**
 * The people, organisations and places of a French text, with offsets into it, one canonical name
 * per thing within the text, and the roles the text gives people. Thread-safe.
 *
 * <p>Canonical names: a gazetteer variant takes the gazetteer's name ("Nations unies" → "Nations
 * Unies", "facebook" → "Facebook"); an acronym's expansion takes the acronym ("Commission
 * électorale nationale indépendante (CENI)" → "CENI"); a person named by part of a longer name
 * elsewhere in the text takes the longer name ("Mme Poeschl" and "Poeschl" → "Isabella Poeschl",
 * "Hadizetou" → "Hadizetou Sidibé") when exactly one longer name fits; other names keep their own
 * words.
 *
 * <p>Example: {@code EntityExtractor.standard().extract("Selon Mme Poeschl, de l’ONU…")}.
 */
public final class EntityExtractor {
  private final EntityRecognizer recognizer;
  private final Set<String> roleWords;

  public EntityExtractor(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
    this.roleWords = new HashSet<>(Gazetteer.lines("role-words.txt"));
  }

  /** Vigie's extractor, with the shipped model, gazetteer and rules. */
  public static EntityExtractor standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final EntityExtractor STANDARD = new EntityExtractor(EntityRecognizer.standard());
  }

  /** A mention with its sentence, before canonical names and roles are settled. */
  private record Found(Sentence sentence, EntityRecognizer.Mention mention, String text) {
    int start() {
      return sentence.tokens().get(mention.from()).start();
    }

    int end() {
      return sentence.tokens().get(mention.to() - 1).end();
    }

    List<String> words() {
      return sentence.tokens().subList(mention.from(), mention.to()).stream()
          .map(Token::text)
          .toList();
    }
  }

  /** The entities of a text, in text order. */
  public List<Entity> extract(String text) {
    return extract(text, SentenceSplitter.french().split(text));
  }

  /** The entities of a text already split into sentences (offsets into that text). */
  public List<Entity> extract(String text, List<Sentence> sentences) {
    List<List<String>> sentenceWords = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      sentenceWords.add(s.tokens().stream().map(Token::text).toList());
    }
    Set<String> acronyms = acronyms(sentenceWords);
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (EntityRecognizer.Mention m : recognizer.find(sentenceWords.get(k), acronyms)) {
        Token first = s.tokens().get(m.from());
        Token last = s.tokens().get(m.to() - 1);
        found.add(new Found(s, m, text.substring(first.start(), last.end())));
      }
    }
    Map<Found, String> canonical = canonicalNames(found);
    Map<String, String> roles = roles(found, canonical);
    List<Entity> entities = new ArrayList<>(found.size());
    for (Found f : found) {
      String c = canonical.get(f);
      EntityType type = f.mention().type();
      entities.add(new Entity(f.text(), type, c, f.start(), f.end(), roles.get(type.code() + c)));
    }
    return entities;
  }

  /** Acronym-like words the document uses twice, or once in brackets ("(CENI)"). */
  private Set<String> acronyms(List<List<String>> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> words : sentences) {
      for (int i = 0; i < words.size(); i++) {
        if (recognizer.acronymCandidate(words, i)) {
          boolean bracketed = i > 0 && words.get(i - 1).equals("(");
          counts.merge(words.get(i), bracketed ? 2 : 1, Integer::sum);
        }
      }
    }
    Set<String> acronyms = new HashSet<>();
    counts.forEach(
        (w, n) -> {
          if (n >= 2) {
            acronyms.add(w);
          }
        });
    return acronyms;
  }

  private static Map<Found, String> canonicalNames(List<Found> found) {
    Map<Found, String> canonical = new IdentityHashMap<>();
    Map<String, String> byKey = new HashMap<>();
    for (Found f : found) {
      String own = f.mention().canonical() != null ? f.mention().canonical() : f.text();
      canonical.put(f, own);
      byKey.putIfAbsent(key(f.mention().type(), own), own);
    }
    List<Found> fullNames =
        found.stream()
            .filter(f -> f.mention().type() == EntityType.PER && f.words().size() >= 2)
            .toList();
    for (Found f : found) {
      EntityType type = f.mention().type();
      if (type == EntityType.PER) {
        String longer = longerName(f, fullNames);
        if (longer != null) {
          canonical.put(f, longer);
          continue;
        }
      }
      canonical.put(f, byKey.get(key(type, canonical.get(f))));
    }
    return canonical;
  }

  /** The one longer person name that starts or ends with this mention's words, or null. */
  private static String longerName(Found f, List<Found> fullNames) {
    List<String> words = fold(f.words());
    Set<String> fits = new LinkedHashSet<>();
    for (Found full : fullNames) {
      List<String> longer = fold(full.words());
      if (longer.size() > words.size()
          && (longer.subList(0, words.size()).equals(words)
              || longer.subList(longer.size() - words.size(), longer.size()).equals(words))) {
        fits.add(full.text());
      }
    }
    return fits.size() == 1 ? fits.iterator().next() : null;
  }

  private static String key(EntityType type, String name) {
    return type + ":" + String.join(" ", fold(List.of(name.split("\\s+"))));
  }

  /** Lower case without accents, so "TRAORÉ" and "Traoré" compare equal. */
  private static List<String> fold(List<String> words) {
    List<String> folded = new ArrayList<>(words.size());
    for (String w : words) {
      String d = Normalizer.normalize(w.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
      folded.add(d.replaceAll("\\p{M}", "").replace('\'', '’'));
    }
    return folded;
  }

  /** The first role the text gives each person, by type + canonical name. */
  private Map<String, String> roles(List<Found> found, Map<Found, String> canonical) {
    Map<String, String> roles = new HashMap<>();
    for (Found f : found) {
      if (f.mention().type() != EntityType.PER) {
        continue;
      }
      String role = roleAfter(f);
      if (role == null) {
        role = roleBefore(f);
      }
      if (role != null) {
        roles.putIfAbsent(EntityType.PER.code() + canonical.get(f), role);
      }
    }
    return roles;
  }

  /** "Ousmane Bamba, chef de cabinet…," or "Annie Paprocki est bibliothécaire…". */
  private String roleAfter(Found f) {
    List<Token> t = f.sentence().tokens();
    int i = f.mention().to();
    if (i + 1 >= t.size()) {
      return null;
    }
    String link = t.get(i).text();
    if (!link.equals(",") && !link.equals("est")) {
      return null;
    }
    int from = i + 1;
    if (isDeterminer(t.get(from).text()) && from + 1 < t.size()) {
      from++;
    }
    if (!isRoleWord(t.get(from).text())) {
      return null;
    }
    int to = from;
    while (to < t.size() && !endsRole(t.get(to).text())) {
      to++;
    }
    return text(f, from, to);
  }

  /** "le directeur du CIGMA, Sambi Touré": the role before the comma before the name. */
  private String roleBefore(Found f) {
    List<Token> t = f.sentence().tokens();
    int comma = f.mention().from() - 1;
    if (comma < 1 || !t.get(comma).text().equals(",")) {
      return null;
    }
    int start = -1;
    for (int j = comma - 1; j >= 1 && j >= comma - 20; j--) {
      String w = t.get(j).text();
      if (EntityRecognizer.isPunctuation(w) && !w.equals("(") && !w.equals(")")) {
        break;
      }
      if (isRoleWord(w) && isDeterminer(t.get(j - 1).text())) {
        start = j;
      }
    }
    return start < 0 ? null : text(f, start, comma);
  }

  private static String text(Found f, int from, int to) {
    if (to <= from) {
      return null;
    }
    List<Token> t = f.sentence().tokens();
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && t.get(i).start() > t.get(i - 1).end()) {
        b.append(' ');
      }
      b.append(t.get(i).text());
    }
    return b.toString();
  }

  private boolean isRoleWord(String w) {
    return roleWords.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean isDeterminer(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "le", "la", "l’", "l'", "un", "une", "du", "de", "des", "au", "sa", "son" -> true;
      default -> false;
    };
  }

  private static boolean endsRole(String w) {
    return switch (w) {
      case ",",
          ";",
          ":",
          ".",
          "!",
          "?",
          "«",
          "»",
          "lors",
          "avant",
          "après",
          "qui",
          "a",
          "est",
          "ont",
          "sont",
          "pendant",
          "durant" ->
          true;
      default -> false;
    };
  }
}
