package org.vigie.collect.web;

import java.util.ArrayList;
import java.util.List;
import org.vigie.collect.DocumentSink;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

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
