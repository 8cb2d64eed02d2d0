package org.vigie.search;

/** The order of search results. */
public enum Sort {
  /** Best match first. */
  RELEVANCE,
  /** Most recently published first; undated documents last. */
  NEWEST,
  /** Oldest first; undated documents last. */
  OLDEST
}
