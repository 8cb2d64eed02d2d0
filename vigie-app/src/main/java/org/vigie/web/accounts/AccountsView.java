package org.vigie.web.accounts;

import java.util.List;
import org.vigie.analytics.influence.AccountActivity;
import org.vigie.archive.accounts.AccountRecords;
import org.vigie.web.page.Chrome;

/** What the accounts pages show: the list, one account, one actor. */
public final class AccountsView {
  private AccountsView() {}

  /** The accounts seen in posts, with filters, and the suggested links into actors. */
  public record Listing(
      Chrome chrome,
      List<AccountRecords.SeenAccount> accounts,
      String platform,
      String label,
      boolean watched,
      String text,
      List<AccountRecords.Suggestion> suggestions,
      List<String> labels,
      boolean editor) {}

  /** One account's page. */
  public record Account(
      Chrome chrome,
      AccountRecords.SeenAccount account,
      AccountRecords.Actor actor,
      List<AccountRecords.Actor> actors,
      AccountActivity.Report activity,
      String postsChart,
      String followersChart,
      String searchHref,
      List<GroupLink> groups,
      List<String> labels,
      boolean editor,
      String message) {}

  /** A coordination group the account was found in. */
  public record GroupLink(String href, String label) {}

  /** One actor: its accounts on several platforms and the entities that stand for it. */
  public record Actor(
      Chrome chrome,
      AccountRecords.Actor actor,
      List<AccountRecords.SeenAccount> accounts,
      List<AccountRecords.EntityLink> entities,
      String postsChart,
      boolean editor) {}

  /** Every actor. */
  public record Actors(Chrome chrome, List<AccountRecords.Actor> actors, boolean editor) {}
}
