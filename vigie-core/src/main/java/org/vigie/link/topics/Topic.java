package org.vigie.link.topics;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;
import org.vigie.search.QuerySyntaxException;

/**
 * A named stored query of the taxonomy: every document its query matches is tagged with its id.
 *
 * @param id a stable slug ({@code coupures-internet}), what documents and filters carry ({@code
 *     topic:coupures-internet}); lower-case letters, digits and hyphens
 * @param name what readers see ("Coupures d'Internet")
 * @param category the nested categories it sits in, outermost first ({@code ["Liberté d'expression
 *     / coupures d'Internet"]}); may be empty
 * @param query the query in Vigie's language ({@code «coupure d'Internet» OU "accès bloqué"})
 */
public record Topic(String id, String name, List<String> category, String query) {
  private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

  /** Separates categories when a path is written on one line ({@code Élections > Mali}). */
  public static final String PATH_SEPARATOR = " > ";

  /**
   * @throws IllegalArgumentException naming the field that is missing or malformed
   */
  public Topic {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be 1 to 80 lower-case letters, digits or hyphens: " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is empty for topic " + id);
    }
    name = name.strip();
    category =
        (category == null ? List.<String>of() : category)
            .stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("query is empty for topic " + id);
    }
    query = query.strip();
  }

  /**
   * The parsed query.
   *
   * @throws QuerySyntaxException when the query does not parse
   */
  public Query parsedQuery() {
    return QueryParser.parse(query);
  }

  /** The category path on one line, {@code ""} when it has none. */
  public String categoryPath() {
    return String.join(PATH_SEPARATOR, category);
  }

  /** Reads a path written on one line. */
  public static List<String> parsePath(String path) {
    if (path == null || path.isBlank()) {
      return List.of();
    }
    return List.of(path.split(Pattern.quote(PATH_SEPARATOR.strip()))).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** A slug made from a name: accents removed, lower case, words joined by hyphens. */
  public static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return plain.length() > 80 ? plain.substring(0, 80).replaceAll("-+$", "") : plain;
  }
}
