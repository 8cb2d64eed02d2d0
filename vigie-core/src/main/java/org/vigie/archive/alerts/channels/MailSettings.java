package org.vigie.archive.alerts.channels;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The SMTP server alerts and reports are sent through: {@code mail.host}, {@code mail.port}, {@code
 * mail.from}, {@code mail.username}, {@code mail.password}, {@code mail.tls} ({@code none}, {@code
 * starttls} or {@code tls}) in the configuration file, or the matching {@code VIGIE_MAIL_*}
 * variables ({@code VIGIE_MAIL_HOST}…), which win.
 */
public record MailSettings(
    String host, int port, String from, String username, String password, Tls tls) {

  public enum Tls {
    NONE,
    STARTTLS,
    TLS
  }

  /** Settings from configuration keys and environment variables, or {@code null} without a host. */
  public static MailSettings from(Map<String, String> config, Function<String, String> env) {
    Function<String, String> get =
        key -> {
          String v = env.apply("VIGIE_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
          return v != null && !v.isBlank() ? v : config.get(key);
        };
    String host = get.apply("mail.host");
    if (host == null || host.isBlank()) {
      return null;
    }
    String tls = get.apply("mail.tls");
    Tls mode = tls == null ? Tls.STARTTLS : Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
    String port = get.apply("mail.port");
    int p = port == null ? (mode == Tls.TLS ? 465 : 587) : Integer.parseInt(port.strip());
    String from = get.apply("mail.from");
    return new MailSettings(
        host.strip(),
        p,
        from == null ? "vigie@" + host.strip() : from.strip(),
        get.apply("mail.username"),
        get.apply("mail.password"),
        mode);
  }
}
