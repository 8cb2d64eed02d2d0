package org.vigie.document;

/**
 * Marks an exception the user can fix (a bad query, a missing file, a busy data folder, a bad
 * source or backend setting): the command line answers it with its message and exit code 2, the web
 * with a 4xx, never with a stack trace. Bugs are not marked.
 */
public interface UserError {
  /** What is wrong, naming the bad input. */
  String getMessage();
}
