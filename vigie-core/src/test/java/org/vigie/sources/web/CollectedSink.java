package org.vigie.sources.web;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.RawDocument;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.ErrorCause;
import org.vigie.ingest.IngestError;

/** Keeps what a web collector delivered, in order. */
class CollectedSink implements DocumentSink {
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

  List<String> urls() {
    return documents.stream().map(RawDocument::url).toList();
  }

  List<IngestError> errors(ErrorCause cause) {
    return errors.stream().filter(e -> e.cause() == cause).toList();
  }
}
