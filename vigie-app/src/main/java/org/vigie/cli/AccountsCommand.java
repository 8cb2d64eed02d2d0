package org.vigie.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.accounts.AccountRecords;
import org.vigie.archive.accounts.AccountRegistry;
import org.vigie.document.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie accounts list|show|link|rebuild}: the social accounts seen in posts. */
@Command(
    name = "accounts",
    description = "Comptes des réseaux vus dans les publications : liste, fiche, acteurs.",
    subcommands = {
      AccountsCommand.ListAccounts.class,
      AccountsCommand.Show.class,
      AccountsCommand.Link.class,
      AccountsCommand.Rebuild.class
    })
final class AccountsCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  @Command(name = "list", description = "Les comptes, les plus actifs d'abord.")
  static final class ListAccounts implements Callable<Integer> {
    @ParentCommand AccountsCommand parent;

    @Option(names = "--platform", description = "Une plateforme (telegram, x, facebook…).")
    String platform;

    @Option(names = "--label", description = "Une étiquette (média, officiel, suspect…).")
    String label;

    @Option(names = "--watched", description = "Les comptes suivis seulement.")
    boolean watched;

    @Option(names = "--limit", defaultValue = "50", description = "Au plus N comptes.")
    int limit;

    @Option(names = "--json", description = "En JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        List<AccountRecords.SeenAccount> accounts =
            archive.accounts().list(platform, label, watched, null, 0, Math.max(1, limit));
        if (json) {
          cli.out.println(DocumentJson.mapper().writeValueAsString(accounts));
          return VigieCli.OK;
        }
        for (AccountRecords.SeenAccount a : accounts) {
          cli.out.println(
              cli.messages()
                  .get(
                      "accounts.line",
                      a.platform(),
                      a.id(),
                      a.label(),
                      a.posts(),
                      a.followers() == null ? "—" : a.followers().toString(),
                      String.join(", ", a.labels())));
        }
        cli.out.println(
            cli.messages().get("accounts.count", accounts.size(), archive.accounts().count()));
      }
      return VigieCli.OK;
    }
  }

  @Command(name = "show", description = "La fiche d'un compte : PLATEFORME ID.")
  static final class Show implements Callable<Integer> {
    @ParentCommand AccountsCommand parent;

    @Parameters(index = "0", paramLabel = "PLATFORM")
    String platform;

    @Parameters(index = "1", paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        AccountRegistry registry = archive.accounts();
        AccountRecords.SeenAccount a =
            registry
                .get(platform, id)
                .orElseThrow(
                    () -> new UserException(cli.messages().get("accounts.unknown", platform, id)));
        var out =
            DocumentJson.mapper().<com.fasterxml.jackson.databind.node.ObjectNode>valueToTree(a);
        out.set(
            "followerSeries",
            DocumentJson.mapper().valueToTree(registry.followers(a.platform(), a.id())));
        if (a.actorId() != null) {
          out.set(
              "actor", DocumentJson.mapper().valueToTree(registry.actor(a.actorId()).orElse(null)));
        }
        cli.out.println(
            DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
      }
      return VigieCli.OK;
    }
  }

  @Command(
      name = "link",
      description = "Lie des comptes (PLATEFORME/ID…) à un acteur, créé s'il n'existe pas.")
  static final class Link implements Callable<Integer> {
    @ParentCommand AccountsCommand parent;

    @Option(names = "--actor", required = true, description = "Nom de l'acteur.")
    String actor;

    @Parameters(arity = "1..*", paramLabel = "PLATFORM/ID")
    List<String> accounts;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        AccountRegistry registry = archive.accounts();
        AccountRecords.Actor a =
            registry.actors().stream()
                .filter(x -> x.name().equalsIgnoreCase(actor.strip()))
                .findFirst()
                .orElseGet(() -> registry.createActor(actor, List.of(), null));
        for (String key : accounts) {
          int slash = key.indexOf('/');
          if (slash <= 0 || slash == key.length() - 1) {
            throw new UserException(cli.messages().get("accounts.badKey", key));
          }
          if (!registry.link(key.substring(0, slash), key.substring(slash + 1), a.id())) {
            throw new UserException(
                cli.messages()
                    .get("accounts.unknown", key.substring(0, slash), key.substring(slash + 1)));
          }
        }
        cli.out.println(cli.messages().get("accounts.linked", accounts.size(), a.name(), a.id()));
      }
      return VigieCli.OK;
    }
  }

  @Command(
      name = "rebuild",
      description =
          "Recompte les comptes depuis les publications de l'archive (archives d'avant le registre).")
  static final class Rebuild implements Callable<Integer> {
    @ParentCommand AccountsCommand parent;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      try (Archive archive = cli.openArchive()) {
        long posts = archive.accounts().rebuild(archive.store());
        cli.out.println(cli.messages().get("accounts.rebuilt", posts, archive.accounts().count()));
      }
      return VigieCli.OK;
    }
  }
}
