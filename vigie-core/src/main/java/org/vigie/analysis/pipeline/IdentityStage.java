package org.vigie.analysis.pipeline;

import org.vigie.document.ContentId;
import org.vigie.document.PostMetadata;

/**
 * Gives the document its content-derived id; runs after the text is final. A post's id also hashes
 * its platform, account and post id ({@link ContentId#ofPost}): two accounts posting the same three
 * words are two posts, and one post read from two exports is one.
 */
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
    PostMetadata post = draft.raw().post();
    draft
        .document()
        .id(
            post == null
                ? ContentId.ofText(text)
                : ContentId.ofPost(post.platform(), post.accountKey(), post.postId(), text));
  }
}
