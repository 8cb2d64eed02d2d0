package org.vigie.archive.alerts.channels;

import java.util.List;

/**
 * One e-mail: a text part and an HTML part of the same content, and attachments (a report's PDF).
 */
public record Mail(
    List<String> to, String subject, String text, String html, List<Attachment> attachments) {
  public Mail {
    to = List.copyOf(to);
    attachments = List.copyOf(attachments == null ? List.of() : attachments);
  }

  /** A file sent with the mail. */
  public record Attachment(String fileName, String mediaType, byte[] bytes) {}
}
