package org.vigie.collect.sources;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A registered source, as kept in the catalog.
 *
 * @param id stable identifier, also the {@code source} of the documents it yields
 * @param name what people call it ("Studio Tamani")
 * @param kind how it is collected
 * @param location the feed, sitemap or home page URL, or the path of an import
 * @param country ISO 3166 code, or {@code null}
 * @param language expected language (ISO 639-3), or {@code null}
 * @param tags free labels
 * @param schedule how often it is collected, or {@code null} when only by hand
 * @param allowPrivateAddresses whether fetching may reach loopback, private or link-local addresses
 *     (off unless a person turns it on for an intranet source or a test)
 * @param options kind-specific settings (crawl depth, page limit, import format, field mapping…)
 */
public record Source(
    String id,
    String name,
    SourceKind kind,
    String location,
    String country,
    String language,
    List<String> tags,
    Duration schedule,
    boolean allowPrivateAddresses,
    Map<String, String> options) {

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    tags = tags == null ? List.of() : List.copyOf(tags);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** A kind-specific option, or the default when unset. */
  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
