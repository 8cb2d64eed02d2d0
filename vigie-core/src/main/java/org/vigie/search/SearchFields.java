package org.vigie.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields a query may name, shared by every backend. Full-text fields are analysed; keyword
 * fields match exact values and can be counted as facets; date fields take ranges.
 */
public final class SearchFields {
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String AUTHOR = "author";
  public static final String SITE = "site";
  public static final String SOURCE = "source";
  public static final String LANGUAGE = "language";
  public static final String TYPE = "type";
  public static final String CONTENT_TYPE = "content_type";
  public static final String YEAR = "year";
  public static final String MONTH = "month";
  public static final String URL = "url";
  public static final String ID = "id";
  public static final String PUBLISHED = "published";

  /**
   * The {@link #YEAR} value of documents without a publication date, so that they are counted apart
   * and can be filtered ({@code année:sans-date}).
   */
  public static final String UNDATED = "sans-date";

  /** The id of the original a near-duplicate copies; absent on originals. */
  public static final String DUPLICATE_OF = "duplicate_of";

  /** Canonical names of the people, organisations and places a document mentions. */
  public static final String PERSON = "person";

  public static final String ORGANIZATION = "organization";
  public static final String PLACE = "place";

  /** Canonical names of the people a document quotes (its quotes' speakers). */
  public static final String SPEAKER = "speaker";

  /** The id of the story a document belongs to (not a default facet). */
  public static final String STORY = "story";

  /** A post's platform ({@code telegram}, {@code x}, {@code facebook}…). */
  public static final String PLATFORM = "platform";

  /** A post's author account: its platform id and its handle, either matches. */
  public static final String ACCOUNT = "account";

  /**
   * A post's relations ({@link org.vigie.document.Relation}): the kind alone ({@code forward}) or
   * the kind and its target ({@code forward:channel1234}, {@code mention:studiotamani}, {@code
   * hashtag:mali}, {@code link:https://…}, {@code reply:1234/56}).
   */
  public static final String RELATION = "relation";

  /** The ids of the topics of the taxonomy a document matches. */
  public static final String TOPIC = "topic";

  /**
   * Harmful speech flagged by the {@code harm} stage: {@code hostile} for the author's own, {@code
   * rapporté} for reported words, the label ({@code menace}…) and the categories in French ({@code
   * incitation}, {@code insulte}, {@code déshumanisation}, {@code hostilité}, {@code
   * stigmatisation}).
   */
  public static final String HARM = "harm";

  /** The groups a harmful-speech signal concerns ({@code peuls}, {@code journalistes}). */
  public static final String TARGET = "target";

  public static final Set<String> FULL_TEXT = Set.of(TITLE, TEXT, AUTHOR);
  public static final Set<String> KEYWORD =
      Set.of(
          SITE,
          SOURCE,
          LANGUAGE,
          PERSON,
          ORGANIZATION,
          PLACE,
          SPEAKER,
          TYPE,
          CONTENT_TYPE,
          YEAR,
          MONTH,
          URL,
          ID,
          DUPLICATE_OF,
          STORY,
          PLATFORM,
          ACCOUNT,
          RELATION,
          TOPIC,
          HARM,
          TARGET);
  public static final Set<String> DATE = Set.of(PUBLISHED);

  /** The facets a search shows by default, in display order. */
  public static final List<String> DEFAULT_FACETS =
      List.of(
          TOPIC,
          LANGUAGE,
          PERSON,
          ORGANIZATION,
          PLACE,
          SPEAKER,
          SOURCE,
          SITE,
          YEAR,
          MONTH,
          CONTENT_TYPE,
          TYPE,
          HARM,
          TARGET);

  /** Other names users type for the same fields, French ones included. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("titre", TITLE),
          Map.entry("texte", TEXT),
          Map.entry("auteur", AUTHOR),
          Map.entry("lang", LANGUAGE),
          Map.entry("langue", LANGUAGE),
          Map.entry("annee", YEAR),
          Map.entry("année", YEAR),
          Map.entry("mois", MONTH),
          Map.entry("date", PUBLISHED),
          Map.entry("publie", PUBLISHED),
          Map.entry("publié", PUBLISHED),
          Map.entry("contenu", CONTENT_TYPE),
          Map.entry("personne", PERSON),
          Map.entry("organisation", ORGANIZATION),
          Map.entry("org", ORGANIZATION),
          Map.entry("lieu", PLACE),
          Map.entry("orateur", SPEAKER),
          Map.entry("oratrice", SPEAKER),
          Map.entry("locuteur", SPEAKER),
          Map.entry("locutrice", SPEAKER),
          Map.entry("copie_de", DUPLICATE_OF),
          Map.entry("histoire", STORY),
          Map.entry("plateforme", PLATFORM),
          Map.entry("compte", ACCOUNT),
          Map.entry("sujet", TOPIC),
          Map.entry("theme", TOPIC),
          Map.entry("thème", TOPIC),
          Map.entry("nocif", HARM),
          Map.entry("haine", HARM),
          Map.entry("cible", TARGET));

  private SearchFields() {}

  /** The field a typed name means, or {@code null} when it is not a field. */
  public static String resolve(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (FULL_TEXT.contains(lower) || KEYWORD.contains(lower) || DATE.contains(lower)) {
      return lower;
    }
    return ALIASES.get(lower);
  }
}
