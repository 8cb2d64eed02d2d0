package org.vigie.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.vigie.collect.fetch.AddressPolicy;
import org.vigie.collect.sources.SourceKind;

/**
 * Checks a source's address when it is added or edited, so that a typo is told at once rather than
 * at the first run: a web address must be an absolute {@code http(s)} URL with a host, and one that
 * leads to a private or loopback address needs {@code --allow-private}; an import's path must
 * exist. A host that does not resolve (offline, a name not yet published) is left to the run.
 */
final class SourceLocations {
  private SourceLocations() {}

  /**
   * @throws UserException naming the address and what to do
   */
  static void check(SourceKind kind, String where, boolean allowPrivate, Messages text) {
    if (kind.live()) {
      return;
    }
    if (kind == SourceKind.IMPORT) {
      if (!Files.exists(Path.of(where))) {
        throw new UserException(text.get("error.noSuchPath", where));
      }
      return;
    }
    URI uri = web(where, text);
    if (!allowPrivate && isPrivate(uri.getHost())) {
      throw new UserException(text.get("source.needsPrivate", where));
    }
  }

  private static URI web(String where, Messages text) {
    try {
      URI uri = new URI(where.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // told below
    }
    throw new UserException(text.get("source.badUrl", where));
  }

  /** Whether a host is, or resolves to, an address that public fetching refuses. */
  static boolean isPrivate(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost") || h.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(h)) {
        if (AddressPolicy.isForbidden(a)) {
          return true;
        }
      }
    } catch (UnknownHostException e) {
      return false;
    }
    return false;
  }
}
