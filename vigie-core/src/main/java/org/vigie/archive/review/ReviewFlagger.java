package org.vigie.archive.review;

import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.Query;

/**
 * One reason for a document to enter the review queue: harmful speech above a threshold ({@link
 * HarmFlagger}) today; lexicon hits of high severity and matches of fact-checked claims are the
 * next ones, each a class of its own registered in {@link ReviewLinking}'s list. Thread-safe.
 */
public interface ReviewFlagger {
  /** What it proposes about a document: usually nothing, at most one flag per kind. */
  List<ReviewFlag> flags(AnalyzedDocument document);

  /**
   * The documents of the archive it may flag, for the backfill of documents archived before the
   * queue existed or before a threshold was lowered: a superset is fine, {@link #flags} decides.
   */
  Query candidates();
}
