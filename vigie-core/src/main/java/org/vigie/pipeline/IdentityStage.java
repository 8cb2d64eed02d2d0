package org.vigie.pipeline;

import org.vigie.document.ContentId;

/** Gives the document its content-derived id; runs after the text is final. */
public final class IdentityStage implements Stage {

  @Override
  public String name() {
    return "identity";
  }

  @Override
  public void process(DocumentDraft draft) {
    String text = draft.document().text();
    if (text == null) {
      throw new IllegalStateException("stage 'identity' runs before any stage gave a text");
    }
    draft.document().id(ContentId.ofText(text));
  }
}
