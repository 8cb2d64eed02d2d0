package org.vigie.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.PublishedTime;
import org.vigie.document.Quote;
import org.vigie.document.Signal;

/**
 * The exact values a document is found and counted by, described once for every backend: the
 * embedded index and OpenSearch only translate them into their own fields. Full-text fields (text,
 * title, author) and dates are not here: each backend analyses and ranges them its own way.
 *
 * @param matched per field, the terms a filter or a query term matches (normalised by {@link
 *     #normalize})
 * @param counted per field, the values a facet counts and shows (entities and speakers as written,
 *     other keywords as matched)
 */
public record IndexedValues(Map<String, Set<String>> matched, Map<String, Set<String>> counted) {

  /** The values of a document. */
  public static IndexedValues of(AnalyzedDocument doc) {
    Builder b = new Builder();
    b.keyword(SearchFields.LANGUAGE, doc.language());
    b.keyword(SearchFields.SOURCE, doc.sourceId());
    b.keyword(SearchFields.SITE, doc.site());
    b.keyword(SearchFields.TYPE, doc.type());
    b.keyword(SearchFields.CONTENT_TYPE, doc.contentType());
    entities(b, doc.entities());
    speakers(b, doc.quotes());
    posts(b, doc);
    signals(b, doc.signals());
    doc.topics().forEach(t -> b.keyword(SearchFields.TOPIC, t));
    if (doc.url() != null) {
      b.matchOnly(SearchFields.URL, doc.url());
    }
    if (doc.duplicateOf() != null) {
      b.matched(SearchFields.DUPLICATE_OF, doc.duplicateOf());
      b.counted(SearchFields.DUPLICATE_OF, doc.duplicateOf());
    }
    if (doc.storyId() != null) {
      b.matchOnly(SearchFields.STORY, doc.storyId());
    }
    if (doc.published() != null) {
      LocalDate day = PublishedTime.toDate(doc.published());
      b.keyword(SearchFields.YEAR, Integer.toString(day.getYear()));
      b.keyword(SearchFields.MONTH, day.toString().substring(0, 7));
    } else {
      b.keyword(SearchFields.YEAR, SearchFields.UNDATED);
    }
    return new IndexedValues(b.matched, b.counted);
  }

  /**
   * A keyword as matched: lower-cased, except sources and URLs, which are case-sensitive ids.
   * Entity and speaker names are lower-cased for matching but counted as written.
   */
  public static String normalize(String field, String value) {
    boolean caseSensitive = SearchFields.SOURCE.equals(field) || SearchFields.URL.equals(field);
    return caseSensitive ? value : value.toLowerCase(Locale.ROOT);
  }

  /** The search field of an entity type ({@code PER} → {@code person}…). */
  public static String entityField(EntityType type) {
    return switch (type) {
      case PER -> SearchFields.PERSON;
      case ORG -> SearchFields.ORGANIZATION;
      case LOC -> SearchFields.PLACE;
    };
  }

  /** One value per distinct canonical name in the person, organisation and place fields. */
  private static void entities(Builder b, List<Entity> entities) {
    for (Entity e : entities) {
      String field = entityField(e.type());
      if (!e.canonical().isBlank()) {
        b.name(field, e.canonical());
      }
    }
  }

  private static void speakers(Builder b, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.speaker() != null && !q.speaker().isBlank()) {
        b.name(SearchFields.SPEAKER, q.speaker());
      }
    }
  }

  /**
   * A post's platform, account (id and handle matched; handle, else id, counted as written) and
   * relations (each kind and kind:target matched; kinds counted).
   */
  private static void posts(Builder b, AnalyzedDocument doc) {
    b.keyword(SearchFields.PLATFORM, PostTerms.platform(doc));
    PostTerms.accountMatched(doc).forEach(v -> b.matched(SearchFields.ACCOUNT, lower(v)));
    String shown = PostTerms.accountCounted(doc);
    if (shown != null) {
      b.counted(SearchFields.ACCOUNT, shown);
    }
    PostTerms.relationMatched(doc).forEach(v -> b.matched(SearchFields.RELATION, lower(v)));
    PostTerms.relationCounted(doc).forEach(v -> b.counted(SearchFields.RELATION, v));
  }

  /** Harm categories as people search and read them ({@code harm:incitation}). */
  private static final Map<String, String> HARM_WORDS =
      Map.of(
          "threat", "incitation",
          "slur", "insulte",
          "dehumanisation", "déshumanisation",
          "hostility", "hostilité",
          "stigma", "stigmatisation",
          "profanity", "grossièreté");

  /**
   * Harmful-speech signals: the author's own as {@code hostile}, their label and their categories
   * in French; reported ones as {@code rapporté} and their label; the groups concerned in {@code
   * target}. Accented words match unaccented too ({@code harm:deshumanisation}).
   */
  private static void signals(Builder b, List<Signal> signals) {
    for (Signal s : signals) {
      if (!s.kind().equals(Signal.HARM)) {
        continue;
      }
      List<String> words = new java.util.ArrayList<>();
      words.add(s.reported() ? "rapporté" : "hostile");
      words.add(s.label());
      if (!s.reported()) {
        s.categories().forEach(c -> words.add(HARM_WORDS.getOrDefault(c, c)));
      }
      for (String w : words) {
        b.keyword(SearchFields.HARM, w);
        b.matched(SearchFields.HARM, unaccented(lower(w)));
      }
      for (String t : s.targets()) {
        b.name(SearchFields.TARGET, t);
        b.matched(SearchFields.TARGET, unaccented(lower(t)));
      }
    }
  }

  private static String unaccented(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  /** The matched values of a field, none when absent. */
  public Collection<String> matched(String field) {
    return matched.getOrDefault(field, Set.of());
  }

  /** The counted values of a field, none when absent. */
  public Collection<String> counted(String field) {
    return counted.getOrDefault(field, Set.of());
  }

  private static final class Builder {
    final Map<String, Set<String>> matched = new LinkedHashMap<>();
    final Map<String, Set<String>> counted = new LinkedHashMap<>();

    void keyword(String field, String value) {
      if (value == null || value.isBlank()) {
        return;
      }
      String v = normalize(field, value);
      matched(field, v);
      counted(field, v);
    }

    void name(String field, String written) {
      matched(field, normalize(field, written));
      counted(field, written);
    }

    void matchOnly(String field, String value) {
      matched(field, normalize(field, value));
    }

    void matched(String field, String value) {
      matched.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value);
    }

    void counted(String field, String value) {
      counted.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value);
    }
  }
}
