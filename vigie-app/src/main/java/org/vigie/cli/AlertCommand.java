package org.vigie.cli;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.AlertOutbox;
import org.vigie.archive.alerts.AlertRule;
import org.vigie.archive.alerts.AlertService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie alert add|list|show|test|remove|deliveries}: alert rules from scripts. */
@Command(
    name = "alert",
    description = "Alertes : recherches enregistrées qui préviennent par e-mail ou webhook.",
    subcommands = {
      AlertCommand.Add.class,
      AlertCommand.ListRules.class,
      AlertCommand.Show.class,
      AlertCommand.Test.class,
      AlertCommand.Remove.class,
      AlertCommand.Deliveries.class
    })
final class AlertCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  /**
   * What {@code vigie ingest} does before it exits: delivers the alerts its documents raised; what
   * could not be delivered stays in the outbox for the server to retry.
   */
  static void deliverBeforeExit(VigieCli cli, Archive archive) {
    AlertService alerts = archive.alerts();
    if (alerts.outbox().pending() == 0) {
      return;
    }
    int attempts = 0;
    for (int pass = alerts.deliverDue(); pass > 0; pass = alerts.deliverDue()) {
      attempts += pass;
    }
    int left = alerts.outbox().pending();
    cli.err.println(cli.messages().get("alert.delivered", attempts, left));
  }

  static AlertRule find(VigieCli cli, AlertService alerts, String name) {
    return alerts
        .rules()
        .byName(name)
        .orElseThrow(() -> new UserException(cli.messages().get("alert.unknown", name)));
  }

  @Command(
      name = "add",
      description = "Crée une alerte ; affiche une seule fois le secret de signature d'un webhook.")
  static final class Add implements Callable<Integer> {
    @ParentCommand AlertCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--query", required = true, description = "Requête Vigie (filtres compris).")
    String query;

    @Option(
        names = "--mode",
        defaultValue = "immediate",
        description = "immediate, digest, spike ou coordination (réseau coordonné détecté).")
    String mode;

    @Option(names = "--email", description = "Adresse où envoyer les e-mails.")
    String email;

    @Option(names = "--webhook", description = "URL du webhook (signé, Standard Webhooks).")
    String webhook;

    @Option(names = "--allow-private", description = "Permet un webhook vers une adresse privée.")
    boolean allowPrivate;

    @Option(names = "--owner", defaultValue = "admin", description = "Compte propriétaire.")
    String owner;

    @Option(names = "--zone", defaultValue = "Africa/Bamako", description = "Fuseau horaire.")
    String zone;

    @Option(names = "--at", defaultValue = "07:00", description = "Heure du résumé quotidien.")
    String at;

    @Option(names = "--every", defaultValue = "daily", description = "hourly, daily ou weekly.")
    String every;

    @Option(names = "--quiet", description = "Heures calmes, par ex. 22:00-06:00.")
    String quiet;

    @Option(names = "--language", defaultValue = "fr", description = "fr ou en.")
    String language;

    @Option(
        names = "--rate-per-hour",
        defaultValue = "60",
        description = "Au plus N messages par heure ; les suivants attendent l'heure suivante.")
    int ratePerHour;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      if (email == null && webhook == null) {
        throw new UserException(cli.messages().get("alert.noChannel"));
      }
      AlertRule rule;
      try {
        rule =
            new AlertRule(
                0,
                name,
                owner,
                query,
                AlertRule.Mode.parse(mode),
                ZoneId.of(zone),
                new AlertRule.Digest(
                    AlertRule.Digest.Every.valueOf(every.toUpperCase(java.util.Locale.ROOT)),
                    LocalTime.parse(at),
                    java.time.DayOfWeek.MONDAY),
                quiet == null ? null : quietHours(quiet),
                ratePerHour,
                email,
                webhook,
                null,
                allowPrivate,
                false,
                null,
                language,
                true);
      } catch (RuntimeException e) {
        throw new UserException(cli.messages().get("alert.badOption", e.getMessage()));
      }
      try (Archive archive = cli.openArchive()) {
        AlertRule saved;
        try {
          saved = archive.alerts().add(rule);
        } catch (IllegalArgumentException e) {
          throw new UserException(e.getMessage());
        }
        cli.err.println(cli.messages().get("alert.added", saved.name(), saved.id()));
        if (saved.webhookSecret() != null) {
          cli.out.println(saved.webhookSecret());
        }
      }
      return VigieCli.OK;
    }

    private static AlertRule.QuietHours quietHours(String s) {
      String[] parts = s.split("-");
      if (parts.length != 2) {
        throw new IllegalArgumentException("--quiet " + s + ": expected HH:MM-HH:MM");
      }
      return new AlertRule.QuietHours(
          LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
    }
  }

  @Command(name = "list", description = "Liste les alertes.")
  static final class ListRules implements Callable<Integer> {
    @ParentCommand AlertCommand parent;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        for (AlertRule r : archive.alerts().rules().list()) {
          cli.out.printf(
              "%5d  %-28s %-10s %-12s %s%n",
              r.id(), r.name(), r.mode().code(), r.owner(), r.query());
        }
      }
      return VigieCli.OK;
    }
  }

  /** A subcommand on one rule, named by its first parameter. */
  abstract static class OnRule implements Callable<Integer> {
    @ParentCommand AlertCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        return run(cli, archive.alerts(), find(cli, archive.alerts(), name));
      }
    }

    abstract int run(VigieCli cli, AlertService alerts, AlertRule rule);
  }

  @Command(name = "show", description = "Montre une alerte et ses derniers envois.")
  static final class Show extends OnRule {
    @Override
    int run(VigieCli cli, AlertService alerts, AlertRule r) {
      cli.out.printf("%s (%d)%n", r.name(), r.id());
      cli.out.println("  requête : " + r.query());
      cli.out.println("  mode : " + r.mode().code() + ", fuseau " + r.zone());
      if (r.email() != null) {
        cli.out.println("  e-mail : " + r.email());
      }
      if (r.webhookUrl() != null) {
        cli.out.println(
            "  webhook : " + r.webhookUrl() + (r.webhookDisabled() ? " (désactivé : 410)" : ""));
      }
      cli.out.println("  flux Atom : /alerts/feed/" + r.feedSecret());
      printDeliveries(cli, alerts.outbox().ofRule(r.id(), 10));
      return VigieCli.OK;
    }
  }

  @Command(
      name = "test",
      description = "Envoie une notification de test ; échoue si le destinataire la refuse.")
  static final class Test extends OnRule {
    @Override
    int run(VigieCli cli, AlertService alerts, AlertRule r) {
      List<AlertOutbox.Delivery> sent = alerts.test(r);
      printDeliveries(cli, sent);
      boolean ok =
          !sent.isEmpty()
              && sent.stream().allMatch(d -> d.status() == AlertOutbox.Status.DELIVERED);
      return ok ? VigieCli.OK : VigieCli.SOFTWARE;
    }
  }

  @Command(name = "remove", description = "Supprime une alerte.")
  static final class Remove extends OnRule {
    @Override
    int run(VigieCli cli, AlertService alerts, AlertRule r) {
      alerts.remove(r.id());
      cli.err.println(cli.messages().get("alert.removed", r.name()));
      return VigieCli.OK;
    }
  }

  @Command(name = "deliveries", description = "Journal des envois d'une alerte.")
  static final class Deliveries extends OnRule {
    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Override
    int run(VigieCli cli, AlertService alerts, AlertRule r) {
      printDeliveries(cli, alerts.outbox().ofRule(r.id(), limit));
      return VigieCli.OK;
    }
  }

  static void printDeliveries(VigieCli cli, List<AlertOutbox.Delivery> deliveries) {
    for (AlertOutbox.Delivery d : deliveries) {
      cli.out.printf(
          "%s  %-9s %-8s %-10s %d essai(s)  %s%s%n",
          d.createdAt().toString().substring(0, 19),
          d.kind(),
          d.channel(),
          d.status().name().toLowerCase(java.util.Locale.ROOT),
          d.attempts(),
          d.lastCode() == null ? "" : d.lastCode() + " ",
          d.lastError() == null ? "" : d.lastError());
    }
  }
}
