package org.vigie.analysis.extract;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.vigie.analysis.pipeline.DocumentDraft;
import org.vigie.analysis.pipeline.DocumentRejectedException;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ErrorCause;
import org.vigie.document.PostMetadata;
import org.vigie.document.RawDocument;

/**
 * The extract stage's work for a platform post ({@link RawDocument#isPost()}): the words are kept
 * as the platform gave them, since the article cleaner would drop a hashtag line or a short
 * sentence as boilerplate; only spaces are tidied. The post's metadata fills the draft: type {@code
 * post}, author (the account's name, else its handle), site (the platform), publication and edit
 * times, account, engagement and relations. Stateless.
 */
final class PostExtraction {
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0]+\\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private PostExtraction() {}

  static void fill(DocumentDraft draft) {
    RawDocument raw = draft.raw();
    PostMetadata post = raw.post();
    String text = tidy(new String(raw.content(), StandardCharsets.UTF_8));
    if (text.isBlank()) {
      throw new DocumentRejectedException(ErrorCause.NO_TEXT, "the post has no text");
    }
    AnalyzedDocument.Builder doc = draft.document();
    doc.type(AnalyzedDocument.POST)
        .text(text)
        .title(raw.hint(RawDocument.Hint.TITLE))
        .author(author(post.account()))
        .site(post.platform())
        .published(published(draft, post.published()))
        .edited(post.edited())
        .account(post.account())
        .engagement(post.engagement())
        .relations(post.relations());
  }

  /** Unix line ends, no trailing spaces, at most one blank line in a row, no outer blanks. */
  static String tidy(String text) {
    String unix = text.replace("\r\n", "\n").replace('\r', '\n');
    String trimmed = TRAILING_SPACES.matcher(unix).replaceAll("\n");
    return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip();
  }

  private static String author(Account account) {
    if (account == null) {
      return null;
    }
    return account.name() != null && !account.name().isBlank() ? account.name() : account.handle();
  }

  private static String published(DocumentDraft draft, String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String iso = PublicationDates.toIso(published);
    if (iso == null) {
      draft.warn(ErrorCause.MALFORMED_RECORD, "post date '" + published + "' is not a date");
    }
    return iso;
  }
}
