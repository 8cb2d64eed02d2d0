package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.archive.access.AccessException;
import org.vigie.archive.access.ApiToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie token create|list|revoke}: API tokens for scripts. */
@Command(
    name = "token",
    description = "API tokens for scripts (Authorization: Bearer TOKEN).",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
final class TokenCommand implements Runnable {
  @ParentCommand VigieCli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out);
  }

  @Command(
      name = "create",
      description =
          "Create a token acting as an account; the token is printed once, alone on stdout.")
  static final class Create implements Callable<Integer> {
    @ParentCommand TokenCommand parent;

    @Parameters(index = "0", paramLabel = "USER")
    String user;

    @Option(names = "--label", defaultValue = "cli", description = "What the token is for.")
    String label;

    @Option(names = "--read-only", description = "Reads only: every write is refused.")
    boolean readOnly;

    @Option(
        names = "--expires-in-days",
        paramLabel = "DAYS",
        description = "Days until the token stops working (default: never).")
    Integer days;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return UserCommand.withUsers(
          cli,
          users -> {
            if (days != null && (days < 1 || days > 3650)) {
              throw new AccessException("--expires-in-days is 1 to 3650, not " + days);
            }
            ApiToken.Created created =
                users.createToken(
                    user,
                    label,
                    readOnly ? ApiToken.Scope.READ : ApiToken.Scope.FULL,
                    days == null
                        ? null
                        : java.time.Instant.now().plus(java.time.Duration.ofDays(days)));
            cli.err.println(cli.messages().get("token.created", created.token().id(), user));
            cli.out.println(created.secret());
          });
    }
  }

  @Command(name = "list", description = "List tokens (not their secrets).")
  static final class ListTokens implements Callable<Integer> {
    @ParentCommand TokenCommand parent;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "USER",
        description = "Only this account's.")
    String user;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return UserCommand.withUsers(
          cli,
          users -> {
            for (ApiToken k : users.tokens(user)) {
              cli.out.printf(
                  "%5d  %-20s %-24s %-4s %s  %-16s  %s%n",
                  k.id(),
                  k.user(),
                  k.label(),
                  k.scope().code(),
                  k.created().toString().substring(0, 10),
                  k.lastUsed() == null ? "—" : k.lastUsed().toString().substring(0, 16),
                  k.expires() == null ? "—" : k.expires().toString().substring(0, 16));
            }
          });
    }
  }

  @Command(name = "revoke", description = "Revoke a token by its number.")
  static final class Revoke implements Callable<Integer> {
    @ParentCommand TokenCommand parent;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
      VigieCli cli = parent.cli;
      return UserCommand.withUsers(
          cli,
          users -> {
            if (!users.revokeToken(null, id)) {
              throw new AccessException("no token number " + id);
            }
            cli.out.println(cli.messages().get("token.revoked", id));
          });
    }
  }
}
