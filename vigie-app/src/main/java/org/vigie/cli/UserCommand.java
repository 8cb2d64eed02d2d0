package org.vigie.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigie.archive.Archive;
import org.vigie.archive.access.AccessException;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.User;
import org.vigie.archive.access.UserDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie user add|list|remove|passwd}: the archive's accounts. */
@Command(
    name = "user",
    description = "Manage accounts (roles: viewer, analyst, editor, admin).",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Remove.class,
      UserCommand.Passwd.class
    })
final class UserCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  /** Runs {@code body} on the archive's accounts; account errors are user errors (exit 2). */
  static int withUsers(VigieCli cli, Consumer<UserDirectory> body) {
    try (Archive archive = Archive.open(cli.dataFolder())) {
      body.accept(new UserDirectory(archive.catalog().dataSource()));
    } catch (AccessException e) {
      throw new UserException(e.getMessage(), e);
    }
    return VigieCli.OK;
  }

  /**
   * The password from the environment variable {@code VIGIE_PASSWORD} (for scripts), else a random
   * one that is printed.
   */
  static String password(VigieCli cli, UserDirectory users, String name) {
    String given = System.getenv("VIGIE_PASSWORD");
    if (given != null && !given.isEmpty()) {
      return given;
    }
    String password = users.randomPassword();
    cli.out.println(cli.messages().get("user.password", name, password));
    return password;
  }

  @Command(
      name = "add",
      description =
          "Create an account; its password is printed once (or taken from $VIGIE_PASSWORD) and must be changed at first login.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--role",
        defaultValue = "viewer",
        description = "viewer, analyst, editor or admin (default viewer).")
    String role;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return withUsers(
          cli,
          users -> {
            Role r = Role.parse(role);
            if (users.find(name).isPresent()) {
              throw new AccessException("the account '" + name + "' already exists");
            }
            boolean generated = System.getenv("VIGIE_PASSWORD") == null;
            users.add(name, r, password(cli, users, name), generated);
            cli.out.println(cli.messages().get("user.added", name, r.code()));
          });
    }
  }

  @Command(name = "list", description = "List the accounts.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return withUsers(
          cli,
          users -> {
            for (User u : users.list()) {
              cli.out.printf(
                  "%-24s %-8s %s%s%n",
                  u.name(),
                  u.role().code(),
                  u.created().toString().substring(0, 10),
                  u.mustChangePassword() ? "  " + cli.messages().get("user.mustChange") : "");
            }
          });
    }
  }

  @Command(name = "remove", description = "Remove an account and its API tokens.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return withUsers(
          cli,
          users -> {
            if (!users.remove(name)) {
              throw new AccessException("no account named '" + name + "'");
            }
            cli.out.println(cli.messages().get("user.removed", name));
          });
    }
  }

  @Command(
      name = "passwd",
      description =
          "Set a new password (printed once, or from $VIGIE_PASSWORD); it must be changed at next login unless given. Revokes the account's API tokens.")
  static final class Passwd implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return withUsers(
          cli,
          users -> {
            if (users.find(name).isEmpty()) {
              throw new AccessException("no account named '" + name + "'");
            }
            boolean generated = System.getenv("VIGIE_PASSWORD") == null;
            users.setPassword(name, password(cli, users, name), generated);
            // an admin's reset: whoever knew the old password may have made tokens
            users.revokeTokens(name);
            cli.out.println(cli.messages().get("user.passwordSet", name));
          });
    }
  }
}
