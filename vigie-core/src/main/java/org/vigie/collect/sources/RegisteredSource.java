package org.vigie.collect.sources;

/** A source as the registry holds it: what it is and how its runs have gone. */
public record RegisteredSource(Source source, SourceState state) {

  public String id() {
    return source.id();
  }
}
