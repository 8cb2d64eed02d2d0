package org.vigie.collect;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/** Keeps everything a collector delivers, in order, for assertions. */
final class RecordingSink implements DocumentSink {
  final List<RawDocument> documents = new ArrayList<>();
  final List<IngestError> errors = new ArrayList<>();

  @Override
  public void accept(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void reject(IngestError error) {
    errors.add(error);
  }

  List<String> origins() {
    return documents.stream().map(RawDocument::origin).toList();
  }

  /** Errors as {@code origin cause} strings, the form the tests compare. */
  List<String> errorKeys() {
    return errors.stream().map(e -> e.origin() + " " + e.cause()).toList();
  }
}
