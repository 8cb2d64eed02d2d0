package org.vigie.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.analytics.EntityProfiles;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.SearchFields;
import org.vigie.search.Sort;
import org.vigie.store.StorySummary;

/**
 * The addresses and labels that pages give each other: an entity's page, the search for a field's
 * value, the copies of an original, a document's title and source, a story's label and span.
 */
public final class Links {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("person", SearchFields.PERSON),
          Map.entry("per", SearchFields.PERSON),
          Map.entry("personne", SearchFields.PERSON),
          Map.entry("organization", SearchFields.ORGANIZATION),
          Map.entry("org", SearchFields.ORGANIZATION),
          Map.entry("organisation", SearchFields.ORGANIZATION),
          Map.entry("place", SearchFields.PLACE),
          Map.entry("loc", SearchFields.PLACE),
          Map.entry("lieu", SearchFields.PLACE));

  private Links() {}

  public static boolean isEntityField(String field) {
    return EntityProfiles.ENTITY_FIELDS.contains(field);
  }

  /** The field of an entity type as a path or the analysis writes it ({@code PER}), or null. */
  public static String entityField(String type) {
    return TYPES.get(type.toLowerCase(Locale.ROOT));
  }

  /** The page of an entity named in a field ({@code person}) or by its type ({@code PER}). */
  public static String entity(String fieldOrType, String name) {
    String field = TYPES.getOrDefault(fieldOrType.toLowerCase(Locale.ROOT), fieldOrType);
    return "/entities/"
        + field
        + "/"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The search for the documents with one value in a field, newest first. */
  public static String search(String field, String value) {
    return new SearchParams(
            "",
            List.of(new SearchParams.Filter(field, value)),
            Sort.NEWEST,
            1,
            SearchParams.DEFAULT_SIZE)
        .url();
  }

  /** The search listing an original's copies. */
  public static String copies(String originalId) {
    return new SearchParams(
            "",
            List.of(new SearchParams.Filter(SearchFields.DUPLICATE_OF, originalId)),
            Sort.OLDEST,
            1,
            SearchParams.DEFAULT_SIZE,
            true)
        .url();
  }

  /** The title, or the text's first words when there is none. */
  public static String displayTitle(AnalyzedDocument d, WebText t) {
    if (d.title() != null && !d.title().isBlank()) {
      return d.title();
    }
    String text = d.text().strip();
    if (text.isEmpty()) {
      return t.t("doc.untitled");
    }
    int cut = text.indexOf(' ', Math.min(text.length(), 80));
    return cut < 0 ? text : text.substring(0, cut) + " …";
  }

  /** A file source shows its folder name, not its whole path; the demo's samples are named. */
  public static String sourceLabel(String source, WebText t) {
    if (source.equals("demo:samples")) {
      return t.t("source.demo");
    }
    if (!source.startsWith("files:")) {
      return source;
    }
    String path = source.substring("files:".length()).replaceAll("[/\\\\]+$", "");
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  /** A story's page. */
  public static String story(StorySummary s) {
    return "/stories/" + s.id();
  }

  public static String storyLabel(StorySummary s, WebText t) {
    return s.label().isBlank() ? t.t("doc.untitled") : s.label();
  }

  /** A story's first and last days in words, one day when they are the same. */
  public static String storySpan(StorySummary s, WebText t) {
    String first = t.date(s.first().toString());
    return s.first().equals(s.last()) ? first : first + " – " + t.date(s.last().toString());
  }

  /** A story's size in words ("12 articles"). */
  public static String storySize(StorySummary s, WebText t) {
    return t.t("stories.size", s.size());
  }
}
