package org.vigie.archive.alerts;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A saved search that warns its owner: any Vigie query (filters included: {@code sujet:}, {@code
 * source:}, {@code langue:}, {@code plateforme:}, {@code harm:}…), a mode, and where to send.
 *
 * @param id the catalog's id, 0 before it is saved
 * @param name unique, what the owner calls it
 * @param owner the account that owns it
 * @param query the Vigie query
 * @param mode immediate, digest or spike
 * @param zone the time zone of digest times and quiet hours (Africa/Bamako by default)
 * @param digest when a digest is sent
 * @param quiet hours during which e-mails and webhooks wait, or {@code null}
 * @param ratePerHour at most this many messages an hour; more wait for the next hour
 * @param email the address mails go to, or {@code null}
 * @param webhookUrl the endpoint webhooks go to, or {@code null}
 * @param webhookSecret the signing secret ({@code whsec_…}), or {@code null} without a webhook
 * @param allowPrivate whether the webhook may target a private or loopback address
 * @param webhookDisabled whether the endpoint answered 410 Gone (no more deliveries to it)
 * @param feedSecret the secret part of the rule's Atom feed address
 * @param language {@code fr} or {@code en}, the language of its messages
 * @param enabled whether it matches new documents
 */
public record AlertRule(
    long id,
    String name,
    String owner,
    String query,
    Mode mode,
    ZoneId zone,
    Digest digest,
    QuietHours quiet,
    int ratePerHour,
    String email,
    String webhookUrl,
    String webhookSecret,
    boolean allowPrivate,
    boolean webhookDisabled,
    String feedSecret,
    String language,
    boolean enabled) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Africa/Bamako");
  public static final int DEFAULT_RATE_PER_HOUR = 60;

  public AlertRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(mode, "mode");
    zone = zone == null ? DEFAULT_ZONE : zone;
    digest = digest == null ? Digest.DAILY_7 : digest;
    language = language == null ? "fr" : language;
    if (ratePerHour <= 0) {
      ratePerHour = DEFAULT_RATE_PER_HOUR;
    }
  }

  /** How a rule speaks up. */
  public enum Mode {
    /** Each new matching story, as it is ingested. */
    IMMEDIATE,
    /** The new matches grouped by story, at a set time. */
    DIGEST,
    /** When the hourly volume of matches jumps above the same hours of the previous days. */
    SPIKE,
    /**
     * When the coordination watch finds a new or grown group of accounts whose coordinated posts
     * match the rule's query.
     */
    COORDINATION;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code immediate}, {@code immédiate}, {@code digest}, {@code spike}, {@code pic}… */
    public static Mode parse(String s) {
      return switch (s.toLowerCase(java.util.Locale.ROOT)) {
        case "immediate", "immédiate", "immediat", "immédiat" -> IMMEDIATE;
        case "digest", "résumé", "resume" -> DIGEST;
        case "spike", "pic" -> SPIKE;
        case "coordination", "réseau", "reseau", "coordonné", "coordonne" -> COORDINATION;
        default ->
            throw new IllegalArgumentException(
                "unknown alert mode '" + s + "': immediate, digest, spike or coordination");
      };
    }
  }

  /** When a digest goes out, in the rule's zone. */
  public record Digest(Every every, LocalTime at, DayOfWeek day) {
    public static final Digest DAILY_7 =
        new Digest(Every.DAILY, LocalTime.of(7, 0), DayOfWeek.MONDAY);

    /** How often. */
    public enum Every {
      HOURLY,
      DAILY,
      WEEKLY
    }
  }

  /** A daily span of local time (it may cross midnight: 22:00–06:00). */
  public record QuietHours(LocalTime from, LocalTime to) {
    public boolean contains(LocalTime t) {
      return from.isBefore(to)
          ? !t.isBefore(from) && t.isBefore(to)
          : !t.isBefore(from) || t.isBefore(to);
    }
  }

  public AlertRule withId(long newId) {
    return new AlertRule(
        newId,
        name,
        owner,
        query,
        mode,
        zone,
        digest,
        quiet,
        ratePerHour,
        email,
        webhookUrl,
        webhookSecret,
        allowPrivate,
        webhookDisabled,
        feedSecret,
        language,
        enabled);
  }
}
