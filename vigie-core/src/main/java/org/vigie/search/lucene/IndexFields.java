package org.vigie.search.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Lucene-only field names and types of the embedded index; query-level names are in SearchFields.
 */
public final class IndexFields {
  /** The document's JSON, without its text (stored once, in {@link #TEXT_STORED}). */
  public static final String SOURCE = "_source";

  /** Sortable publication time in epoch milliseconds. */
  public static final String PUBLISHED_MILLIS = "published_ms";

  /** Fetch time in epoch milliseconds (doc values): the date of undated documents in histograms. */
  public static final String FETCHED_MILLIS = "fetched_ms";

  /** Indexed with offsets so that snippets are cut without re-analysing the text. */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  public static final String TEXT_STORED = "text";

  /**
   * LSH band keys of an article's MinHash signature: exact terms, looked up for near-duplicates.
   */
  public static final String LSH = "lsh";

  /**
   * An article's near-duplicate candidate record (id, original, MinHash signature) as binary doc
   * values, read for a few candidates per new article without decompressing stored fields.
   */
  public static final String MINHASH = "_minhash";

  /**
   * An article's story record ({@link StoryBytes}) as binary doc values: its story's state when it
   * joined and its weighted terms, read for story summaries and to rebuild the clusterer's window.
   */
  public static final String STORY_RECORD = "_story";

  /** The size of its story just after the article joined: the largest is the story's latest. */
  public static final String STORY_SIZE = "_story_size";

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private IndexFields() {}
}
