package org.vigie.store;

import java.nio.file.Path;
import org.vigie.document.UserError;

/** The data folder is open in another Vigie process; only one may write it at a time. */
public final class DataFolderBusyException extends IllegalStateException implements UserError {
  private static final long serialVersionUID = 1L;
  private final transient Path folder;

  public DataFolderBusyException(Path folder) {
    super(
        "the data folder "
            + folder
            + " is in use by another Vigie process (a running 'vigie serve' or 'vigie ingest');"
            + " stop it or use another folder with --data");
    this.folder = folder;
  }

  /** The folder another process holds. */
  public Path folder() {
    return folder;
  }
}
