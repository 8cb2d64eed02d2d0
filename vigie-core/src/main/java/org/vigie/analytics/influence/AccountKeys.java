package org.vigie.analytics.influence;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigie.document.Account;

/**
 * Names accounts in the graph: {@code platform:id} when the id is known, {@code platform:@handle}
 * (lower case) otherwise. A handle seen once with its id stands for that id everywhere, so the
 * mention {@code @StudioTamani} and the author {@code 998877} are one account.
 */
public final class AccountKeys {
  private final Map<String, String> idByHandle = new HashMap<>();

  /**
   * Learns the handle → id pairs these accounts carry; call for every account before {@link #key}.
   */
  public void learn(Account a) {
    if (a != null && a.id() != null && a.handle() != null && !a.handle().isBlank()) {
      idByHandle.putIfAbsent(handleKey(a), a.id());
    }
  }

  /** The account's key, or {@code null} when it has neither id, handle nor name. */
  public String key(Account a) {
    if (a == null) {
      return null;
    }
    String platform = a.platform() == null ? "" : a.platform().toLowerCase(Locale.ROOT);
    if (a.id() != null && !a.id().isBlank()) {
      return platform + ":" + a.id();
    }
    if (a.handle() != null && !a.handle().isBlank()) {
      String id = idByHandle.get(handleKey(a));
      return id != null
          ? platform + ":" + id
          : platform + ":@" + a.handle().toLowerCase(Locale.ROOT);
    }
    return a.name() == null || a.name().isBlank() ? null : platform + ":name:" + a.name().strip();
  }

  private static String handleKey(Account a) {
    return (a.platform() == null ? "" : a.platform().toLowerCase(Locale.ROOT))
        + "\u0000"
        + a.handle().toLowerCase(Locale.ROOT);
  }
}
