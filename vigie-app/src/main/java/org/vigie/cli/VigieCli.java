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
    scope = ScopeType.INHERIT,
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
      BackupCommand.class,
      RestoreCommand.class,
      VerifyCommand.class,
      TopicsCommand.class,
      CoordinationCommand.class,
      HarmCommand.class,
      FactChecksCommand.class,
      AlertCommand.class,
      ReportCommand.class,
      AccountsCommand.class,
      ReviewCommand.class,
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
    // another vigie process (backup, verify) reaches this one through the folder's control socket
    org.vigie.archive.backup.BackupControl.serve(archive).ifPresent(archive::closeWith);
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

  /**
   * Lucene's notice that the incubating vector module is not enabled: a tuning hint for developers
   * that users cannot act on, kept out of their terminal (the field holds the logger, whose level
   * would otherwise be forgotten with it).
   */
  private static final java.util.logging.Logger VECTOR_NOTICE =
      java.util.logging.Logger.getLogger(
          "org.apache.lucene.internal.vectorization.VectorizationProvider");

  public static void main(String[] args) {
    VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
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
    if (!english(args)) {
      cmd.setResourceBundle(java.util.ResourceBundle.getBundle(HELP, java.util.Locale.ROOT));
    }
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> handle(e, cli.messages(), err));
    return cmd.execute(args);
  }

  /** The help in French ({@code help.properties}); English is the annotations' own text. */
  private static final String HELP = "org.vigie.cli.help";

  /**
   * Whether {@code --lang en} (or {@code VIGIE_LANG=en} without {@code --lang}) asks for English.
   */
  static boolean english(String[] args) {
    String lang = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        lang = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        lang = args[i].substring("--lang=".length());
      }
    }
    if (lang == null) {
      lang = System.getenv("VIGIE_LANG");
    }
    return lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }

  private static int handle(Exception e, Messages text, PrintStream err) {
    if (e instanceof org.vigie.store.DataFolderBusyException busy) {
      err.println(text.get("error.prefix", text.get("error.busy", busy.folder())));
      return USAGE;
    }
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
