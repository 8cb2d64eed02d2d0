package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.cli.VigieCliTest.vigie;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.access.ApiToken;
import org.vigie.archive.access.UserDirectory;
import org.vigie.document.DocumentJson;

/** {@code vigie user …}, {@code vigie token …}, {@code vigie export} and serve's first start. */
class AccessCommandsTest {
  @TempDir Path work;

  String data() {
    return work.resolve("data").toString();
  }

  @Test
  void usersAreAddedListedGivenPasswordsAndRemoved() {
    VigieCliTest.Run added =
        vigie("--data", data(), "--lang", "en", "user", "add", "awa", "--role", "analyst");
    assertThat(added.exit()).as(added.err()).isZero();
    Matcher m =
        Pattern.compile("\\(shown only once; to be changed at first sign-in\\): (\\S+)")
            .matcher(added.out());
    assertThat(m.find()).as(added.out()).isTrue();
    String password = m.group(1);
    try (Archive archive = Archive.open(work.resolve("data"))) {
      UserDirectory users = new UserDirectory(archive.catalog().dataSource());
      assertThat(users.authenticate("awa", password).orElseThrow().mustChangePassword()).isTrue();
    }
    VigieCliTest.Run list = vigie("--data", data(), "--lang", "en", "user", "list");
    assertThat(list.out()).contains("awa").contains("analyst").contains("password to change");
    assertThat(vigie("--data", data(), "user", "add", "awa").exit()).isEqualTo(2);
    VigieCliTest.Run badRole = vigie("--data", data(), "user", "add", "moussa", "--role", "chef");
    assertThat(badRole.exit()).isEqualTo(2);
    assertThat(badRole.err()).contains("unknown role 'chef'").doesNotContain("Exception");
    assertThat(vigie("--data", data(), "user", "passwd", "awa").exit()).isZero();
    assertThat(vigie("--data", data(), "user", "remove", "awa").exit()).isZero();
    assertThat(vigie("--data", data(), "user", "remove", "awa").exit()).isEqualTo(2);
  }

  @Test
  void aTokenIsPrintedAloneOnStdoutAndWorks() {
    vigie("--data", data(), "user", "add", "script", "--role", "viewer");
    VigieCliTest.Run created =
        vigie("--data", data(), "token", "create", "script", "--label", "cron");
    assertThat(created.exit()).as(created.err()).isZero();
    String secret = created.out().strip();
    assertThat(secret).startsWith("vigie_").doesNotContain(" ");
    try (Archive archive = Archive.open(work.resolve("data"))) {
      UserDirectory users = new UserDirectory(archive.catalog().dataSource());
      assertThat(users.userForToken(secret).orElseThrow().name()).isEqualTo("script");
    }
    assertThat(vigie("--data", data(), "token", "list").out()).contains("script").contains("cron");
    assertThat(vigie("--data", data(), "token", "create", "nobody").exit()).isEqualTo(2);
  }

  @Test
  void aTokenMayBeReadOnlyAndExpireAndAResetRevokesIt() {
    vigie("--data", data(), "user", "add", "robot", "--role", "analyst");
    VigieCliTest.Run created =
        vigie(
            "--data", data(), "token", "create", "robot", "--read-only", "--expires-in-days", "7");
    assertThat(created.exit()).as(created.err()).isZero();
    try (Archive archive = Archive.open(work.resolve("data"))) {
      ApiToken token = new UserDirectory(archive.catalog().dataSource()).tokens("robot").getFirst();
      assertThat(token.scope()).isEqualTo(ApiToken.Scope.READ);
      assertThat(token.expires())
          .isBetween(
              Instant.now().plus(Duration.ofDays(6)), Instant.now().plus(Duration.ofDays(7)));
    }
    assertThat(vigie("--data", data(), "token", "list", "robot").out()).contains("read");
    assertThat(vigie("--data", data(), "token", "create", "robot", "--expires-in-days", "0").exit())
        .isEqualTo(2);
    assertThat(vigie("--data", data(), "user", "passwd", "robot").exit()).isZero();
    try (Archive archive = Archive.open(work.resolve("data"))) {
      assertThat(new UserDirectory(archive.catalog().dataSource()).tokens("robot")).isEmpty();
    }
  }

  @Test
  void theFirstStartCreatesAnAdminAndPrintsItsPasswordOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VigieCli cli = new VigieCli();
    cli.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.lang = "en";
    try (Archive archive = Archive.open(work.resolve("data"))) {
      ServeCommand.firstStart(cli, archive);
      ServeCommand.firstStart(cli, archive);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("account “admin” created with the password");
    assertThat(printed.lines().filter(l -> l.contains("admin")).count()).isEqualTo(1);
  }

  @Test
  void aUserAddedBeforeTheFirstServeLeavesTheArchiveAnAdministrator() {
    assertThat(vigie("--data", data(), "user", "add", "lecteur", "--role", "viewer").exit())
        .isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VigieCli cli = new VigieCli();
    cli.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.lang = "en";
    try (Archive archive = Archive.open(work.resolve("data"))) {
      ServeCommand.firstStart(cli, archive);
      Matcher m =
          Pattern.compile("account “(\\S+)” created with the password (\\S+)")
              .matcher(out.toString(StandardCharsets.UTF_8));
      assertThat(m.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
      UserDirectory users = new UserDirectory(archive.catalog().dataSource());
      var admin = users.authenticate(m.group(1), m.group(2).replaceAll("[.,;]$", "")).orElseThrow();
      assertThat(admin.role()).isEqualTo(org.vigie.archive.access.Role.ADMIN);
      assertThat(users.list()).extracting(u -> u.name()).contains("lecteur", m.group(1));
    }
  }

  @Test
  void exportsEveryMatchAsCsvOrJsonl() throws Exception {
    assertThat(vigie("--data", data(), "ingest", VigieCliTest.SEEDS.toString()).exit()).isZero();
    VigieCliTest.Run csv = vigie("--data", data(), "export", "--format", "csv", "paix");
    assertThat(csv.exit()).as(csv.err()).isZero();
    List<String> rows = csv.out().lines().toList();
    assertThat(rows.get(0)).startsWith("\uFEFFid,title,published,source");
    VigieCliTest.Run search = vigie("--data", data(), "search", "paix", "--json");
    long total = DocumentJson.mapper().readTree(search.out()).get("total").asLong();
    assertThat(rows).hasSize((int) total + 1);
    VigieCliTest.Run jsonl =
        vigie("--data", data(), "export", "--format", "jsonl", "-f", "language:fra");
    assertThat(jsonl.out().lines().map(DocumentJson::read).toList()).isNotEmpty();
    VigieCliTest.Run bad = vigie("--data", data(), "export", "--format", "xls", "paix");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'xls'");
  }
}
