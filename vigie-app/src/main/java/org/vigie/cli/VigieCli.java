package org.vigie.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.vigie.archive.Archive;
import org.vigie.archive.alerts.channels.MailSettings;
import org.vigie.document.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code vigie} command. Exit codes: 0 success, 1 software error, 2 usage or input error (a
 * message, never a stack trace).
 */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    version = "Vigie 0.1.0",
    description = "Observatoire des médias et réseaux sociaux d'Afrique de l'Ouest francophone.",
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      UserCommand.class,
      TokenCommand.class,
      ExportCommand.class,
      SourceCommand.class,
      MigrateCommand.class,
      TopicsCommand.class,
      CoordinationCommand.class,
      HarmCommand.class,
      FactChecksCommand.class,
      AlertCommand.class,
      ReportCommand.class,
      AccountsCommand.class,
      InfluenceCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VigieCli implements Runnable {
  public static final int OK = 0;
  public static final int SOFTWARE = 1;
  public static final int USAGE = 2;

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Data folder (default: $VIGIE_DATA, else ./vigie-data).")
  Path data;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "fr|en",
      description = "Language of messages (default: $VIGIE_LANG, else fr).")
  String lang;

  /** The backend: {@code --backend}, {@code --hosts}, {@code --config}… */
  @picocli.CommandLine.Mixin BackendOptions backend = new BackendOptions();

  PrintStream out = System.out;
  PrintStream err = System.err;

  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  /** The data folder the user chose. */
  Path dataFolder() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("VIGIE_DATA");
    return env == null || env.isBlank() ? Archive.DEFAULT_FOLDER : Path.of(env);
  }

  /** The archive of the data folder, its documents in the configured backend. */
  Archive openArchive() {
    Archive archive = Archive.open(dataFolder(), backend.resolve(dataFolder()));
    Map<String, String> settings = backend.settings(dataFolder());
    String url = System.getenv("VIGIE_URL");
    archive
        .alerts()
        .configure(
            url != null && !url.isBlank() ? url : settings.getOrDefault("server.url", ""),
            MailSettings.from(settings, System::getenv));
    return archive;
  }

  Messages messages() {
    return Messages.fromEnvironment(lang);
  }

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs one command line and answers its exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    VigieCli cli = new VigieCli();
    cli.out = out;
    cli.err = err;
    CommandLine cmd = new CommandLine(cli);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> handle(e, cli.messages(), err));
    return cmd.execute(args);
  }

  private static int handle(Exception e, Messages text, PrintStream err) {
    if (isUserError(e)) {
      err.println(text.get("error.prefix", e.getMessage()));
      return USAGE;
    }
    err.println(text.get("error.internal", e));
    e.printStackTrace(err);
    return SOFTWARE;
  }

  private static boolean isUserError(Exception e) {
    return e instanceof UserError;
  }
}
