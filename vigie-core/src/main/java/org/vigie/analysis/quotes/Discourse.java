package org.vigie.analysis.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.analysis.nlp.Token;
import org.vigie.analysis.nlp.Tokenizer;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;

/**
 * Who is who as a text goes on: the people its entities name, with the gender and the role words
 * the text gives them, and which of them was mentioned or spoke last. Resolves a pronoun or a role
 * phrase to one of them. Not thread-safe: one per document, fed in text order.
 *
 * <p>Resolution rules:
 *
 * <ul>
 *   <li>a pronoun ("elle", "a-t-il") is the last person mentioned or quoted, within {@link #REACH}
 *       characters, whose gender does not contradict it;
 *   <li>a role phrase is the person whose known roles (from the entities, from appositions and from
 *       role phrases already resolved to them) share its role noun and a complement word; failing
 *       that, a complement word ("le représentant de la CENI" → the person whose role mentions the
 *       CENI); failing that, the role noun alone; failing all, the last person mentioned or quoted
 *       whose gender fits (journalists name the person they are quoting by a new role: "Isabella
 *       Poeschl … l'Officière de presse").
 * </ul>
 */
final class Discourse {
  /** How far back (characters) a pronoun or an unmatched role phrase looks for its person. */
  static final int REACH = 2_500;

  /** How far back (characters) a role phrase looks for people with matching roles. */
  static final int ROLE_REACH = 8_000;

  private static final int MAX_ROLES = 12;

  /** A person of the text. */
  static final class Person {
    final String name;
    Gender gender = Gender.UNKNOWN;
    final List<Set<String>> roles = new ArrayList<>();

    Person(String name) {
      this.name = name;
    }
  }

  private record Mention(int offset, Person person) {}

  private final Map<String, Person> people = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  Discourse(Passage p, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PER || e.end() > p.text.length()) {
        continue;
      }
      Person person = people.computeIfAbsent(key(e), Person::new);
      if (person.roles.isEmpty() && e.role() != null) {
        learnRole(person, e.role());
      }
      person.gender = person.gender.or(titleGender(p, e));
      if (p.quoteOf[p.tokenAt(e.start())] < 0) {
        mentions.add(new Mention(e.start(), person));
      }
    }
    for (Person person : people.values()) {
      person.gender = person.gender.or(nameGender(person));
    }
    mentions.sort((a, b) -> Integer.compare(a.offset, b.offset));
  }

  private static String key(Entity e) {
    return e.canonical() == null ? e.text() : e.canonical();
  }

  private static Gender titleGender(Passage p, Entity e) {
    int t = p.tokenAt(e.start());
    Gender g = t > 0 ? PersonWords.title(p.word(t - 1)) : null;
    return g == null ? Gender.UNKNOWN : g;
  }

  private static Gender nameGender(Person person) {
    return PersonWords.firstName(SpeechVerbs.lower(person.name.split(" ")[0]));
  }

  private static void learnRole(Person person, String role) {
    Set<String> words = new HashSet<>();
    Gender first = null;
    for (Token t : Tokenizer.french().tokenize(role)) {
      String lower = SpeechVerbs.lower(t.text());
      if (first == null) {
        first = PersonWords.roleGender(lower);
      }
      if (!t.punctuation()) {
        words.add(RolePhrase.stem(lower));
      }
    }
    addRole(person, words);
    person.gender = person.gender.or(first == null ? Gender.UNKNOWN : first);
  }

  /** Keeps a bounded number of distinct roles per person, so long texts stay linear. */
  private static void addRole(Person person, Set<String> words) {
    if (person.roles.size() < MAX_ROLES && !person.roles.contains(words)) {
      person.roles.add(words);
    }
  }

  /** The person an entity names. */
  Person named(Entity e) {
    return people.get(key(e));
  }

  /** Notes that a role phrase named a person (an apposition, or a phrase resolved to them). */
  void learn(Person person, RolePhrase role) {
    Set<String> words = new HashSet<>(role.complements());
    words.add(role.head());
    addRole(person, words);
    person.gender = person.gender.or(role.gender());
  }

  /** Notes that a person spoke at an offset: they become the last person of the text there. */
  void spoke(Person person, int offset) {
    int i = mentions.size();
    while (i > 0 && mentions.get(i - 1).offset > offset) {
      i--;
    }
    mentions.add(i, new Mention(offset, person));
  }

  /** The person a pronoun of a gender refers to at an offset, or {@code null}. */
  Person pronoun(Gender gender, int offset) {
    Person p = last(gender, offset);
    if (p != null) {
      p.gender = p.gender.or(gender);
    }
    return p;
  }

  /** The person a role phrase refers to at an offset, or {@code null}. */
  Person role(RolePhrase role, int offset) {
    Person best = null;
    int bestScore = 0;
    for (int i = before(offset) - 1; i >= 0 && mentions.get(i).offset > offset - ROLE_REACH; i--) {
      Person p = mentions.get(i).person;
      int score = p.gender.compatible(role.gender()) ? score(p, role) : 0;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (best == null) {
      best = last(role.gender(), offset);
    }
    if (best != null) {
      learn(best, role);
    }
    return best;
  }

  private static int score(Person p, RolePhrase role) {
    int best = 0;
    for (Set<String> words : p.roles) {
      boolean head = words.contains(role.head());
      int shared = 0;
      for (String c : role.complements()) {
        shared += words.contains(c) ? 1 : 0;
      }
      int tier;
      if (head && (shared > 0 || role.complements().isEmpty())) {
        tier = 3;
      } else if (shared > 0) {
        tier = 2;
      } else {
        tier = head ? 1 : 0;
      }
      best = Math.max(best, tier == 0 ? 0 : tier * 100 + shared);
    }
    return best;
  }

  private Person last(Gender gender, int offset) {
    for (int i = before(offset) - 1; i >= 0 && mentions.get(i).offset > offset - REACH; i--) {
      Person p = mentions.get(i).person;
      if (p.gender.compatible(gender)) {
        return p;
      }
    }
    return null;
  }

  /** The number of mentions before an offset. */
  private int before(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).offset < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
