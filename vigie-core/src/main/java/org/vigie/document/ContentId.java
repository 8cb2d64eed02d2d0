package org.vigie.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Document identifiers derived from content, so that reading the same article twice, from the same
 * file or another copy of it, gives the same id and is stored once.
 *
 * <p>The text is normalised first (Unicode NFC, lower case, whitespace collapsed) so that a change
 * of line endings or of boilerplate spacing does not make a new document. Posts also hash their
 * platform account, because two accounts posting the same words are two posts.
 */
public final class ContentId {
  private static final HexFormat HEX = HexFormat.of();

  private ContentId() {}

  /** The id of an article with this clean text: 32 hex digits (128 bits of SHA-256). */
  public static String ofText(String text) {
    return digest(normalize(text));
  }

  /** The id of a post: its platform, account and text together. */
  public static String ofPost(String platform, String accountId, String postId, String text) {
    return digest(platform + '\u0000' + accountId + '\u0000' + postId + '\u0000' + normalize(text));
  }

  /** The text as it is hashed. */
  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static String digest(String s) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
