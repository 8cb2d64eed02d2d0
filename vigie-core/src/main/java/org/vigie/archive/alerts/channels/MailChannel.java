package org.vigie.archive.alerts.channels;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail over SMTP (Jakarta Mail, Eclipse Angus): multipart text and HTML in UTF-8, attachments
 * beside them. The alerts' channel, and what reports are sent with ({@link #send(Mail)}).
 */
public final class MailChannel implements Channel {
  public static final String NAME = "email";

  private final MailSettings settings;
  private final Session session;

  public MailChannel(MailSettings settings) {
    this.settings = settings;
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", Integer.toString(settings.port()));
    p.put("mail.smtp.connectiontimeout", "15000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    p.put("mail.mime.charset", "UTF-8");
    switch (settings.tls()) {
      case STARTTLS -> p.put("mail.smtp.starttls.enable", "true");
      case TLS -> p.put("mail.smtp.ssl.enable", "true");
      case NONE -> {}
    }
    if (settings.username() != null && !settings.username().isBlank()) {
      p.put("mail.smtp.auth", "true");
    }
    this.session = Session.getInstance(p);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SendResult send(
      String id, String target, String secret, boolean allowPrivate, AlertMessage m) {
    MailText text = MailText.of(m);
    try {
      send(new Mail(java.util.List.of(target), text.subject(), text.text(), text.html(), null), id);
      return SendResult.delivered(250);
    } catch (MessagingException e) {
      return SendResult.retry(0, "SMTP " + settings.host() + ": " + e.getMessage(), null);
    }
  }

  /** Sends a mail now. */
  public void send(Mail mail) throws MessagingException {
    send(mail, null);
  }

  private void send(Mail mail, String id) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    for (String to : mail.to()) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
    }
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    if (id != null) {
      message.setHeader("X-Vigie-Delivery", id);
    }
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(mail.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(mail.html(), "text/html; charset=UTF-8");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(html);
    if (mail.attachments().isEmpty()) {
      message.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      for (Mail.Attachment a : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new jakarta.activation.DataHandler(new ByteArrayDataSource(a.bytes(), a.mediaType())));
        part.setFileName(a.fileName());
        mixed.addBodyPart(part);
      }
      message.setContent(mixed);
    }
    if (settings.username() != null && !settings.username().isBlank()) {
      Transport.send(message, settings.username(), settings.password());
    } else {
      Transport.send(message);
    }
  }
}
