package org.vigie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analysis.language.CombinedLanguageDetector;
import org.vigie.analysis.language.LabeledText;
import org.vigie.analysis.language.LanguageDetector;
import org.vigie.analysis.language.LanguageIdScore;
import org.vigie.analysis.language.OpenNlpLanguageDetector;
import org.vigie.analysis.language.PrecisionRecall;
import org.vigie.analysis.language.RegionalLanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie eval langid FOLDER}: language identification on a SIB-200-like folder. Prints
 * precision, recall and F1 per language, the macro-F1 over the groups (Manding counting
 * {@code bam}, {@code dyu} and {@code man}), Bambara's own F1, the speed and the confusion table.
 */
@Command(
    name = "langid",
    description = "Language identification on a SIB-200-like folder (<lang>_<Script>/<split>.tsv).")
final class EvalLangidCommand implements Callable<Integer> {
  enum Split {
    train,
    dev,
    test
  }

  enum Detector {
    combined,
    regional,
    opennlp
  }

  /** Texts detected once before timing, so that the speed is not the JIT's warm-up. */
  private static final int WARM_UP = 300;

  @ParentCommand EvalCommand parent;

  @Parameters(paramLabel = "FOLDER", description = "One subfolder per language.")
  Path folder;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "train, dev or test (${DEFAULT-VALUE}).")
  Split split;

  @Option(
      names = "--detector",
      defaultValue = "combined",
      description = "combined (the pipeline's), regional or opennlp (${DEFAULT-VALUE}).")
  Detector detector;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Regional model written by 'vigie train langid' (default: the bundled one).")
  Path model;

  @Override
  public Integer call() throws IOException {
    Messages text = parent.cli.messages();
    List<LabeledText> texts = LangidCorpus.read(folder, split.name(), text);
    LanguageDetector d = detector(text);
    for (LabeledText t : texts.subList(0, Math.min(WARM_UP, texts.size()))) {
      d.detect(t.text());
    }
    long start = System.nanoTime();
    List<String> answers = new ArrayList<>();
    for (LabeledText t : texts) {
      answers.add(d.detect(t.text()).code());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    LanguageIdScore score =
        LanguageIdScore.of(texts.stream().map(LabeledText::label).toList(), answers);
    print(score, texts.size() / seconds, text);
    return VigieCli.OK;
  }

  private LanguageDetector detector(Messages text) throws IOException {
    return switch (detector) {
      case opennlp -> new OpenNlpLanguageDetector();
      case regional -> regional(text);
      case combined -> new CombinedLanguageDetector(regional(text), new OpenNlpLanguageDetector());
    };
  }

  private RegionalLanguageDetector regional(Messages text) throws IOException {
    if (model == null) {
      return RegionalLanguageDetector.load();
    }
    if (!model.toFile().isFile()) {
      throw new UserException(text.get("error.noSuchPath", model));
    }
    try {
      return RegionalLanguageDetector.read(model);
    } catch (IOException e) {
      throw new UserException(text.get("eval.langid.badModel", model, e.getMessage()), e);
    }
  }

  private void print(LanguageIdScore score, double textsPerSecond, Messages text) {
    PrintStream out = parent.cli.out;
    out.println(text.get("eval.langid.header", folder, split, score.texts(), detector));
    out.println(text.get("eval.langid.columns"));
    score.languages().forEach((code, prf) -> out.println(row(code, prf, text)));
    out.println(text.get("eval.langid.groups"));
    score.groups().forEach((code, prf) -> out.println(row(code, prf, text)));
    out.println(
        text.get(
            "eval.langid.macro",
            String.join(", ", LanguageIdScore.MACRO_GROUPS),
            f(score.macroF1(), text)));
    out.println(text.get("eval.langid.bambara", f(score.bambaraF1(), text)));
    out.println(text.get("eval.langid.speed", Math.round(textsPerSecond)));
    out.println(text.get("eval.langid.confusion"));
    printConfusion(out, score);
  }

  private static String row(String code, PrecisionRecall prf, Messages text) {
    return String.format(
        "  %-5s %9s %9s %9s %6d",
        code, f(prf.precision(), text), f(prf.recall(), text), f(prf.f1(), text), prf.gold());
  }

  private static String f(double value, Messages text) {
    return String.format(text.locale(), "%.4f", value);
  }

  private static void printConfusion(PrintStream out, LanguageIdScore score) {
    List<String> columns = score.answeredCodes();
    StringBuilder header = new StringBuilder("  gold ");
    columns.forEach(c -> header.append(String.format(" %5s", c)));
    out.println(header);
    for (Map.Entry<String, Map<String, Integer>> row : score.confusion().entrySet()) {
      StringBuilder line = new StringBuilder(String.format("  %-5s", row.getKey()));
      for (String c : columns) {
        int n = row.getValue().getOrDefault(c, 0);
        line.append(String.format(" %5s", n == 0 ? "." : Integer.toString(n)));
      }
      out.println(line);
    }
  }
}
