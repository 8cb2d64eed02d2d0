package org.vigie.archive.backup;

import org.vigie.document.UserError;

/**
 * A backup, restore or check that cannot be done or did not complete, naming the folder or file at
 * fault (a non-empty target, a missing manifest, a checksum that does not match, a full disk).
 */
public final class BackupException extends RuntimeException implements UserError {
  private static final long serialVersionUID = 1L;

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
