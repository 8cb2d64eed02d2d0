package org.vigie.archive.claims;

import java.util.ArrayList;
import java.util.List;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.Signal;
import org.vigie.link.claims.ClaimMatch;
import org.vigie.link.spi.Linker;
import org.vigie.store.DocumentStore;
import org.vigie.store.LinkedDocument;

/**
 * The fact-checks' linker. A fact-checker's page (its JSON-LD holds {@code ClaimReview}s) adds its
 * reviews to the catalog; any other document is matched to the known claims ({@link
 * FactChecks#match}), each match becoming a {@link Signal#CLAIM} signal on the document (label: the
 * verdict; category: how it was matched; evidence: the range that restates it; the fact-check
 * itself) and a row of the catalog. Runs before the alerts' linker, so that rules see the signals.
 * A document already stored never reaches it.
 */
final class ClaimLinking implements Linker {
  private final FactChecks factChecks;

  ClaimLinking(FactChecks factChecks) {
    this.factChecks = factChecks;
  }

  @Override
  public LinkedDocument link(LinkedDocument linked, DocumentStore store) {
    AnalyzedDocument d = linked.document();
    if (!d.claimReviews().isEmpty()) {
      String origin = d.url() != null ? d.url() : d.origin();
      factChecks.add(d.claimReviews(), origin == null ? d.id() : origin, d.id());
      return linked;
    }
    List<ClaimMatch> matches = factChecks.match(d);
    if (matches.isEmpty()) {
      return linked;
    }
    factChecks.record(d, matches);
    List<Signal> signals = new ArrayList<>(d.signals());
    matches.forEach(m -> signals.add(signal(m, d.text())));
    return linked.withDocument(d.toBuilder().signals(signals).build());
  }

  static Signal signal(ClaimMatch m, String text) {
    List<Signal.Evidence> evidence =
        m.end() > m.start()
            ? List.of(
                new Signal.Evidence(
                    m.start(), m.end(), text.substring(m.start(), m.end()), "claim"))
            : List.of();
    return new Signal(
        Signal.CLAIM,
        FactChecks.label(m.claim().review()),
        m.score(),
        List.of(m.method()),
        List.of(),
        evidence,
        false,
        null,
        m.claim().review());
  }
}
