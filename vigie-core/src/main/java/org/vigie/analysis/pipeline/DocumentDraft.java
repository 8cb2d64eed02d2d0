package org.vigie.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * The working copy a pipeline passes from stage to stage: the raw input, read-only, and the
 * document being built. Not thread-safe; one draft belongs to one document in one thread.
 */
public final class DocumentDraft {
  private final RawDocument raw;
  private final AnalyzedDocument.Builder document;
  private final List<IngestError> warnings = new ArrayList<>();

  public DocumentDraft(RawDocument raw) {
    this.raw = raw;
    this.document =
        AnalyzedDocument.builder()
            .url(raw.url())
            .origin(raw.origin())
            .sourceId(raw.sourceId())
            .fetchedAt(raw.fetchedAt())
            .contentType(raw.contentType());
  }

  public RawDocument raw() {
    return raw;
  }

  public AnalyzedDocument.Builder document() {
    return document;
  }

  /** Notes a problem that did not stop the analysis (the document is still kept). */
  public void warn(ErrorCause cause, String message) {
    warnings.add(IngestError.warning(raw.origin(), cause, message));
  }

  public List<IngestError> warnings() {
    return List.copyOf(warnings);
  }
}
