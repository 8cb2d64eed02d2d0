package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.analysis.harm.BinaryScore;
import org.vigie.analysis.harm.HarmEvaluation;
import org.vigie.analysis.harm.HarmModel;
import org.vigie.analysis.harm.HarmSplit;
import org.vigie.analysis.harm.HateCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie eval harm [FOLDER] --split test [--json]}: the hostility model's head for each data
 * set, beside OpenNLP's document categoriser trained on the same train split in the same run:
 * macro-F1, precision and recall of each class, confusion matrix.
 */
@Command(name = "harm", description = "Hostility model on MLMA and FTR, beside an OpenNLP peer.")
final class EvalHarmCommand implements Callable<Integer> {
  @ParentCommand EvalCommand parent;

  @Parameters(
      paramLabel = "FOLDER",
      arity = "0..1",
      description = "Folder with mlma/ and ftr/ (default: ../shared/eval/hate).")
  Path folder = HarmText.DEFAULT_DATA;

  @Option(
      names = "--split",
      defaultValue = "test",
      description = "train, dev or test (${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--json", description = "One JSON object instead of tables.")
  boolean json;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Model written by 'vigie train harm' (default: the bundled one).")
  Path model;

  @Override
  public Integer call() throws IOException {
    HarmText text = new HarmText(parent.cli.messages());
    HarmSplit part = parseSplit();
    List<HateCorpus.DataSet> data = text.read(folder);
    List<HarmEvaluation.Result> results = HarmEvaluation.run(model(text), data, part);
    if (json) {
      printJson(data, results);
    } else {
      print(text, data, results, part);
    }
    return VigieCli.OK;
  }

  private HarmSplit parseSplit() {
    try {
      return HarmSplit.parse(split);
    } catch (IllegalArgumentException e) {
      throw new UserException("--split: train, dev or test, not '" + split + "'", e);
    }
  }

  private HarmModel model(HarmText text) {
    if (model == null) {
      return HarmModel.load();
    }
    if (!model.toFile().isFile()) {
      throw new UserException(text.get("harm.noFile", model));
    }
    try {
      return HarmModel.read(model);
    } catch (IOException e) {
      throw new UserException(text.get("harm.badModel", model, e.getMessage()), e);
    }
  }

  private void print(
      HarmText text,
      List<HateCorpus.DataSet> data,
      List<HarmEvaluation.Result> results,
      HarmSplit part) {
    PrintStream out = parent.cli.out;
    out.println(text.get("harm.header", folder, part.name().toLowerCase(java.util.Locale.ROOT)));
    data.forEach(d -> out.println(text.decoding(d)));
    for (HarmEvaluation.Result r : results) {
      out.println();
      out.println(text.get("harm.dataset", r.dataset(), r.posts()));
      out.println(text.get("harm.columns"));
      out.println(row("vigie", r.model()));
      out.println(row("opennlp", r.peer()));
    }
  }

  private static String row(String system, BinaryScore s) {
    return String.format(
        java.util.Locale.ROOT,
        "  %-10s %10.4f %11.4f %11.4f %7.4f %7.4f %4d %4d %4d %4d",
        system,
        s.macroF1(),
        s.precisionHostile(),
        s.recallHostile(),
        s.precisionNot(),
        s.recallNot(),
        s.tp(),
        s.fp(),
        s.fn(),
        s.tn());
  }

  private void printJson(List<HateCorpus.DataSet> data, List<HarmEvaluation.Result> results)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("split", split);
    ArrayNode sets = root.putArray("datasets");
    for (int i = 0; i < results.size(); i++) {
      HarmEvaluation.Result r = results.get(i);
      ObjectNode set = sets.addObject();
      set.put("name", r.dataset());
      set.put("posts", r.posts());
      HateCorpus.Decoding c = data.get(i).decoding();
      set.putObject("decoding")
          .put("utf8", c.utf8())
          .put("truncatedUtf8", c.truncatedUtf8())
          .put("windows1252", c.windows1252());
      score(set.putObject("vigie"), r.model());
      score(set.putObject("opennlp"), r.peer());
    }
    parent.cli.out.println(mapper.writeValueAsString(root));
  }

  private static void score(ObjectNode node, BinaryScore s) {
    node.put("macroF1", s.macroF1());
    node.putObject("hostile")
        .put("precision", s.precisionHostile())
        .put("recall", s.recallHostile());
    node.putObject("not").put("precision", s.precisionNot()).put("recall", s.recallNot());
    node.putObject("confusion")
        .put("tp", s.tp())
        .put("fp", s.fp())
        .put("fn", s.fn())
        .put("tn", s.tn());
  }
}
