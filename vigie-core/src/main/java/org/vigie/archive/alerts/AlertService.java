package org.vigie.archive.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.vigie.archive.alerts.channels.AlertMessage;
import org.vigie.archive.alerts.channels.Channel;
import org.vigie.archive.alerts.channels.MailChannel;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.archive.alerts.channels.WebhookChannel;
import org.vigie.archive.alerts.channels.WebhookSignature;
import org.vigie.link.spi.Linker;
import org.vigie.link.topics.TopicMonitor;
import org.vigie.search.QueryParser;

/**
 * An archive's alerts: the rules, the linker that matches them at ingest, the outbox and its
 * delivery worker, digests and spikes. Everything is kept in the catalog, so a restart resumes
 * where the last process stopped. Thread-safe.
 */
public final class AlertService implements AutoCloseable {
  private final AlertRules rules;
  private final AlertOutbox outbox;
  private final AlertMatches matches;
  private final Notices notices;
  private final Clock clock;
  private final Map<Long, AlertRule> cache = new ConcurrentHashMap<>();
  private volatile TopicMonitor monitor = new TopicMonitor();
  private volatile Map<String, Channel> channels;
  private final AlertLinking linking;

  /**
   * @param baseUrl the server's public address, for the links alerts carry
   * @param mail the SMTP settings, or {@code null} when mail is not configured
   */
  public AlertService(DataSource db, Clock clock, String baseUrl, MailSettings mail) {
    // whole milliseconds: the catalog keeps microseconds and may round a nanosecond instant up,
    // which would put a delivery due "now" just after now
    this.clock = Clock.tick(clock, java.time.Duration.ofMillis(1));
    this.rules = new AlertRules(db);
    this.outbox = new AlertOutbox(db);
    this.matches = new AlertMatches(db, outbox, rules, baseUrl == null ? "" : baseUrl);
    this.notices = new Notices(db);
    this.channels = channels(mail, this.clock);
    this.linking = new AlertLinking(this, this.clock);
    reload();
  }

  private static Map<String, Channel> channels(MailSettings mail, Clock clock) {
    Map<String, Channel> map = new ConcurrentHashMap<>();
    map.put(WebhookChannel.NAME, new WebhookChannel(clock));
    if (mail != null) {
      map.put(MailChannel.NAME, new MailChannel(mail));
    }
    return map;
  }

  /**
   * Sets what the configuration says: the server's public address for links, and the SMTP settings
   * ({@code null}: no mail).
   */
  public void configure(String baseUrl, MailSettings mail) {
    matches.baseUrl(baseUrl);
    this.channels = channels(mail, clock);
  }

  /** The linker that matches new documents against the rules (after topics). */
  public Linker linker() {
    return linking;
  }

  public AlertRules rules() {
    return rules;
  }

  public AlertOutbox outbox() {
    return outbox;
  }

  public AlertMatches matches() {
    return matches;
  }

  public Notices notices() {
    return notices;
  }

  TopicMonitor monitor() {
    return monitor;
  }

  AlertRule cached(long id) {
    return cache.get(id);
  }

  /**
   * Saves a new rule (its query checked first, a feed secret and, with a webhook, a signing secret
   * made) and starts matching it.
   *
   * @throws org.vigie.search.QuerySyntaxException when the query does not parse
   * @throws IllegalArgumentException when the name is taken
   */
  public AlertRule add(AlertRule rule) {
    AlertRule saved = save(rule);
    matchFrom(saved);
    return saved;
  }

  /**
   * Saves new rules as {@link #add} does and starts matching them together: their queries are
   * registered in one batch, which for thousands of rules (an import) takes seconds instead of one
   * matcher commit per rule.
   */
  public List<AlertRule> addAll(List<AlertRule> rules) {
    List<AlertRule> saved = rules.stream().map(this::save).toList();
    synchronized (this) {
      saved.forEach(r -> cache.put(r.id(), r));
      monitor.register(
          saved.stream()
              .map(r -> new TopicMonitor.Entry(Long.toString(r.id()), QueryParser.parse(r.query())))
              .toList());
    }
    return saved;
  }

  private AlertRule save(AlertRule rule) {
    QueryParser.parse(rule.query());
    String secret =
        rule.webhookUrl() != null && rule.webhookSecret() == null
            ? WebhookSignature.newSecret()
            : rule.webhookSecret();
    String feed =
        rule.feedSecret() == null
            ? WebhookSignature.newSecret().substring(6, 38).replace('/', '_').replace('+', '-')
            : rule.feedSecret();
    AlertRule saved =
        rules.add(
            new AlertRule(
                0,
                rule.name(),
                rule.owner(),
                rule.query(),
                rule.mode(),
                rule.zone(),
                rule.digest(),
                rule.quiet(),
                rule.ratePerHour(),
                rule.email(),
                rule.webhookUrl(),
                secret,
                rule.allowPrivate(),
                false,
                feed,
                rule.language(),
                true),
            clock.instant());
    return saved;
  }

  public void update(AlertRule rule) {
    QueryParser.parse(rule.query());
    rules.update(rule);
    matchFrom(rule);
  }

  public boolean remove(long id) {
    boolean removed = rules.remove(id);
    synchronized (this) {
      cache.remove(id);
      monitor.remove(Long.toString(id));
    }
    return removed;
  }

  /** Matches new documents against a saved rule from now on (or no longer, when disabled). */
  private synchronized void matchFrom(AlertRule rule) {
    cache.put(rule.id(), rule);
    if (rule.enabled()) {
      monitor.register(Long.toString(rule.id()), QueryParser.parse(rule.query()));
    } else {
      monitor.remove(Long.toString(rule.id()));
    }
  }

  /** Rebuilds the matcher from the catalog's rules. */
  public synchronized void reload() {
    List<AlertRule> all = rules.list();
    TopicMonitor fresh = new TopicMonitor();
    List<TopicMonitor.Entry> entries = new java.util.ArrayList<>();
    for (AlertRule r : all) {
      if (!r.enabled()) {
        continue;
      }
      try {
        entries.add(new TopicMonitor.Entry(Long.toString(r.id()), QueryParser.parse(r.query())));
      } catch (IllegalArgumentException e) { // saved before a rule of the query language changed
        org.slf4j.LoggerFactory.getLogger(AlertService.class)
            .warn(
                "alert rule {} is not matched: its query does not parse: {}",
                r.id(),
                e.getMessage());
      }
    }
    fresh.register(entries);
    TopicMonitor old = monitor;
    cache.clear();
    cache.putAll(all.stream().collect(Collectors.toMap(AlertRule::id, r -> r)));
    monitor = fresh;
    old.close();
  }

  /** Delivers what is due now; the number of attempts made. */
  public int deliverDue() {
    return new DeliveryWorker(this).runOnce(clock.instant());
  }

  /**
   * Delivers a test message of a rule now, on every channel it has.
   *
   * @return the deliveries it made, with their outcome
   */
  public List<AlertOutbox.Delivery> test(AlertRule rule) {
    Instant now = clock.instant();
    matches.test(rule, now);
    new DeliveryWorker(this).runOnce(now);
    return outbox.ofRule(rule.id(), 10).stream()
        .filter(d -> d.kind().equals("test") && !d.createdAt().isBefore(now))
        .toList();
  }

  /** Writes the digests due now; the number of digests queued. */
  public int runDigests() {
    Instant now = clock.instant();
    int sent = 0;
    for (AlertRule r : rules.list()) {
      if (r.mode() != AlertRule.Mode.DIGEST || !r.enabled()) {
        continue;
      }
      Instant last = rules.lastDigest(r.id()).orElse(now.minus(1, ChronoUnit.DAYS));
      if (!Schedule.nextDigest(r, last).isAfter(now) && matches.digest(r, now) > 0) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Queues a message of a rule about an event another part of the archive found (kind {@code
   * coordination}: a coordinated group), with its note and example documents, and wakes the
   * delivery worker.
   */
  public void event(AlertRule rule, String kind, String note, List<AlertMessage.Item> items) {
    matches.event(rule, kind, note, items, clock.instant());
    queued();
  }

  /** The server's public address the alerts' links start with ("" when not configured). */
  public String baseUrl() {
    return matches.baseUrl();
  }

  /** Looks for spikes in the last complete hour of every spike rule; the alerts raised. */
  public int runSpikes() {
    return new SpikeWatch(this).run(clock.instant());
  }

  private volatile Runnable onQueued = () -> {};

  /** Called by the linker when a match queued messages: wakes the delivery worker. */
  void queued() {
    onQueued.run();
  }

  /** What to do when messages are queued (the server's worker starts delivering them at once). */
  void onQueued(Runnable r) {
    onQueued = r == null ? () -> {} : r;
  }

  /** Delivers what is due now with {@code parallel} attempts at a time; the attempts made. */
  int deliverDue(java.util.concurrent.ExecutorService pool) {
    return new DeliveryWorker(this).runOnce(clock.instant(), pool);
  }

  Map<String, Channel> channels() {
    return channels;
  }

  Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    monitor.close();
  }
}
