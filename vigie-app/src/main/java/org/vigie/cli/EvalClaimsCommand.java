package org.vigie.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.document.DocumentJson;
import org.vigie.link.claims.ClaimMatchEvaluation;
import org.vigie.link.claims.ClaimPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie eval claims FILE [--json]}: precision and recall of claim matching on labelled
 * claim/post pairs ({@code label<TAB>claim<TAB>post}); see {@link ClaimMatchEvaluation}.
 */
@Command(
    name = "claims",
    description = "Claim matching: precision and recall on labelled claim/post pairs.")
final class EvalClaimsCommand implements Callable<Integer> {
  @ParentCommand EvalCommand eval;

  @Parameters(paramLabel = "FILE", description = "Pairs: label<TAB>claim<TAB>post per line.")
  Path file;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    VigieCli cli = eval.cli;
    if (!Files.isRegularFile(file)) {
      throw new UserException(cli.messages().get("error.noSuchPath", file));
    }
    ClaimMatchEvaluation.Result r;
    try {
      r = ClaimMatchEvaluation.run(ClaimPairs.read(file));
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    if (json) {
      ObjectNode o = DocumentJson.mapper().createObjectNode();
      o.put("claims", r.claims());
      o.put("threshold", r.threshold());
      o.put("tunedThreshold", r.tunedThreshold());
      o.set("tuning", figures(r.tuning()));
      o.set("heldOut", figures(r.heldOut()));
      o.set("all", figures(r.all()));
      cli.out.println(o);
      return VigieCli.OK;
    }
    cli.out.printf(
        Locale.ROOT,
        "%s: %d claims, threshold %.2f (best F1 on the tuning half: %.2f)%n",
        file,
        r.claims(),
        r.threshold(),
        r.tunedThreshold());
    line(cli, "tuning", r.tuning());
    line(cli, "held-out", r.heldOut());
    line(cli, "all", r.all());
    return VigieCli.OK;
  }

  private static void line(VigieCli cli, String name, ClaimMatchEvaluation.Figures f) {
    cli.out.printf(
        Locale.ROOT,
        "  %-9s %3d pairs (%d restating): precision %.3f  recall %.3f  F1 %.3f%n",
        name,
        f.pairs(),
        f.positives(),
        f.precision(),
        f.recall(),
        f.f1());
  }

  private static ObjectNode figures(ClaimMatchEvaluation.Figures f) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("pairs", f.pairs());
    o.put("positives", f.positives());
    o.put("truePositives", f.truePositives());
    o.put("falsePositives", f.falsePositives());
    o.put("precision", Math.round(f.precision() * 1000) / 1000.0);
    o.put("recall", Math.round(f.recall() * 1000) / 1000.0);
    o.put("f1", Math.round(f.f1() * 1000) / 1000.0);
    return o;
  }
}
