package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.archive.Archive;
import org.vigie.archive.claims.ClaimRecords.StoredClaim;
import org.vigie.document.ClaimReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie factchecks list}: the known fact-checks, the latest reviewed first. */
@Command(name = "list", description = "List the fact-checks, the latest first.")
final class FactChecksListCommand implements Callable<Integer> {
  @ParentCommand FactChecksCommand parent;

  @Option(names = "--limit", defaultValue = "50", description = "How many (default 50).")
  int limit;

  @Override
  public Integer call() {
    VigieCli cli = parent.cli;
    try (Archive archive = cli.openArchive()) {
      for (StoredClaim c : archive.factChecks().list(Math.max(1, Math.min(limit, 1000)), 0)) {
        ClaimReview r = c.review();
        cli.out.println(
            cli.messages()
                .get(
                    "factchecks.line",
                    c.id(),
                    r.rating() == null ? "—" : r.rating(),
                    r.reviewer() == null ? "—" : r.reviewer(),
                    r.reviewed() == null ? "—" : r.reviewed(),
                    r.claim(),
                    c.matches()));
      }
    }
    return VigieCli.OK;
  }
}
