package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.Archive;
import org.vigie.archive.access.Role;
import org.vigie.archive.catalog.SourceRegistry;
import org.vigie.archive.sources.KindCollectors;
import org.vigie.archive.sources.SourceRunner;
import org.vigie.archive.sources.SourceScheduler;
import org.vigie.collect.sources.CoverageReader;
import org.vigie.collect.sources.Source;
import org.vigie.collect.sources.SourceKind;
import org.vigie.document.DocumentJson;
import org.vigie.web.access.AccessControl;
import org.vigie.web.sources.SourcesPages;

/**
 * The OpenAPI document served at {@code /api/openapi.json}: valid OpenAPI 3.1 (swagger-parser), and
 * true: every operation it lists is called, in the document's order, with the examples it gives,
 * and its answer must have the first success status listed and the shape of its schema. Operations
 * that need an account are also called without one (401, error shape). Endpoints added to the
 * document later are covered without changing this test; an example may name a value found earlier
 * in braces ({@code {firstDocumentId}}, {@code {createdTokenId}}).
 */
class OpenApiIT {
  @TempDir static Path work;
  static TestServer harness;
  static SourceScheduler scheduler;
  static String bearer;
  static WebClient client;
  static final Map<String, String> FOUND = new HashMap<>();

  @BeforeAll
  static void start() {
    harness = TestServer.open(work);
    Archive archive = harness.archive();
    Path seeds = harness.fixture("samples/seeds");
    harness.ingest("files:seeds", seeds).user("admin", Role.ADMIN);
    bearer = "Bearer " + harness.users().createToken("admin", "openapi test").secret();
    Clock clock = Clock.systemUTC();
    SourceRegistry registry = archive.catalog().sources();
    registry.add(
        new Source(
            "seeds",
            "Corpus d'exemple",
            SourceKind.IMPORT,
            seeds.toAbsolutePath().toString(),
            "ML",
            "fra",
            List.of("exemple"),
            Duration.ofDays(1),
            false,
            Map.of()),
        clock.instant());
    SourceRunner runner = new SourceRunner(archive, KindCollectors.standard(clock), clock, 500);
    runner.run("seeds", p -> {});
    scheduler = harness.closeLater(new SourceScheduler(runner, clock, 1));
    client =
        new WebClient(
            harness.start(
                new WebServer(
                        archive.store(),
                        harness.access(AccessControl.Mode.PROTECTED),
                        new SourcesPages(
                            registry, scheduler, new CoverageReader(archive.store()), clock))
                    .withTopics(archive.topics())
                    .withFactChecks(archive.factChecks())
                    .withAlerts(archive.alerts())
                    .withCoordination(archive.coordination())
                    .withAccounts(archive.accounts())
                    .withInfluence(archive.influence())
                    .withReview(archive.review())
                    .withReports(
                        harness.closeLater(
                            new org.vigie.archive.reports.ReportService(archive, clock)))
                    .withBackups(
                        harness.closeLater(
                            new org.vigie.archive.backup.BackupJobs(
                                archive, work.resolve("backups"), clock)))));
    coordinationRun(archive);
    archive.factChecks().importFile(harness.fixture("claims/factcheck-feed.json"));
    FOUND.put("claimId", Long.toString(archive.factChecks().list(1, 0).getFirst().id()));
    reviewItem(archive);
  }

  /** A flagged post in the review queue: an id for the examples. */
  private static void reviewItem(Archive archive) {
    long id =
        archive
            .review()
            .enqueue(
                org.vigie.document.AnalyzedDocument.builder()
                    .id("openapi-review")
                    .type("post")
                    .text("Il faut les chasser du village, ces Peuls.")
                    .build(),
                new org.vigie.archive.review.ReviewFlag(
                    "harm",
                    "menace",
                    0.9,
                    List.of("threat"),
                    List.of("Peuls"),
                    List.of(),
                    "Il faut les chasser du village, ces Peuls.",
                    null))
            .orElseThrow();
    FOUND.put("reviewItemId", Long.toString(id));
  }

  /** Posts of two platforms that push one link, and a run over them: ids for the examples. */
  private static void coordinationRun(Archive archive) {
    new org.vigie.archive.ingest.Ingester(
            org.vigie.analysis.Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(
            new org.vigie.collect.platform.ExportCollector(
                org.vigie.collect.platform.PlatformFormat.TELEGRAM,
                new org.vigie.collect.platform.TelegramExport(),
                List.of(harness.fixture("coordination-exports/sahel-echo.json")),
                "import:test",
                Clock.systemUTC()),
            p -> {});
    new org.vigie.archive.ingest.Ingester(
            org.vigie.analysis.Stages.standard(), archive.writer(), 1, 60_000)
        .ingest(
            new org.vigie.collect.platform.ExportCollector(
                org.vigie.collect.platform.PlatformFormat.X,
                new org.vigie.collect.platform.XArchive(null),
                List.of(harness.fixture("coordination-exports/x-fasoverite")),
                "import:test",
                Clock.systemUTC()),
            p -> {});
    archive.store().commit();
    var run =
        archive
            .coordination()
            .run(
                org.vigie.archive.coordination.CoordinationRequest.of(
                        java.time.Instant.parse("2024-03-14T00:00:00Z"),
                        java.time.Instant.parse("2024-03-15T00:00:00Z"))
                    .withSettings(org.vigie.analytics.coordination.CoordinationSettings.of(60, 1)),
                p -> {});
    FOUND.put("coordinationRunId", Long.toString(run.id()));
    FOUND.put(
        "actorId",
        Long.toString(archive.accounts().createActor("Sahel Écho", List.of("média"), null).id()));
    FOUND.put(
        "coordinationGroupId",
        Long.toString(archive.coordination().groups(run.id()).getFirst().id()));
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  static JsonNode spec() throws Exception {
    HttpResponse<String> r = client.get("/api/openapi.json", "Authorization", bearer);
    assertThat(r.statusCode()).isEqualTo(200);
    return DocumentJson.mapper().readTree(r.body());
  }

  @Test
  void theDocumentIsValidOpenApi31() throws Exception {
    String text = client.get("/api/openapi.json", "Authorization", bearer).body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(result.getOpenAPI().getPaths())
        .containsKeys("/api/search", "/api/export", "/api/me");
  }

  @Test
  void everyListedOperationAnswersAsDescribed() throws Exception {
    JsonNode spec = spec();
    FOUND.put(
        "firstDocumentId",
        DocumentJson.mapper()
            .readTree(client.get("/api/search?q=", "Authorization", bearer).body())
            .get("hits")
            .get(0)
            .get("id")
            .asText());
    List<String> called = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("get", "post", "put", "patch", "delete")) {
        JsonNode op = path.getValue().get(method);
        if (op != null) {
          call(spec, method.toUpperCase(), path.getKey(), op);
          called.add(method.toUpperCase() + " " + path.getKey());
        }
      }
    }
    assertThat(called).contains("GET /api/search", "GET /api/export", "DELETE /api/users/{name}");
  }

  private void call(JsonNode spec, String method, String template, JsonNode op) throws Exception {
    String url = url(spec, template, op);
    String body =
        op.at("/requestBody/content/application~1json/example").isMissingNode()
            ? null
            : op.at("/requestBody/content/application~1json/example").toString();
    String what = method + " " + url;
    boolean open = op.has("security") && op.get("security").isEmpty();
    if (!open) {
      HttpResponse<String> anonymous = client.send(method, url, body);
      assertThat(anonymous.statusCode()).as(what + " without an account").isEqualTo(401);
      assertShape(spec, op.at("/responses/401"), anonymous, what + " without an account");
    }
    HttpResponse<String> r =
        client.send(
            method, url, body, open ? new String[0] : new String[] {"Authorization", bearer});
    String expected = firstSuccess(op);
    assertThat(Integer.toString(r.statusCode())).as(what + ": " + r.body()).isEqualTo(expected);
    assertShape(spec, op.get("responses").get(expected), r, what);
    if (template.equals("/api/tokens") && method.equals("POST")) {
      FOUND.put("createdTokenId", DocumentJson.mapper().readTree(r.body()).get("id").asText());
    }
    if (template.equals("/api/reports") && method.equals("POST")) {
      FOUND.put(
          "createdReportId", DocumentJson.mapper().readTree(r.body()).at("/reports/0/id").asText());
    }
    if (template.equals("/api/alerts") && method.equals("POST")) {
      FOUND.put("createdAlertId", DocumentJson.mapper().readTree(r.body()).get("id").asText());
    }
  }

  private static String url(JsonNode spec, String template, JsonNode op) {
    String path = template;
    StringBuilder query = new StringBuilder();
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(spec, p);
      JsonNode example = param.get("example");
      if (example == null) {
        continue;
      }
      String name = param.get("name").asText();
      if (param.get("in").asText().equals("path")) {
        path = path.replace("{" + name + "}", fill(example.asText()));
      } else if (param.get("in").asText().equals("query")) {
        for (JsonNode v : example.isArray() ? example : List.of(example)) {
          query.append(query.isEmpty() ? "?" : "&").append(name).append('=');
          query.append(URLEncoder.encode(fill(v.asText()), StandardCharsets.UTF_8));
        }
      }
    }
    return path + query;
  }

  /** An example naming a value found earlier ({@code {firstDocumentId}}) gets that value. */
  private static String fill(String example) {
    if (example.startsWith("{") && example.endsWith("}")) {
      String key = example.substring(1, example.length() - 1);
      assertThat(FOUND).as("a value named in an example").containsKey(key);
      return FOUND.get(key);
    }
    return example;
  }

  private static String firstSuccess(JsonNode op) {
    for (Iterator<String> codes = op.get("responses").fieldNames(); codes.hasNext(); ) {
      String code = codes.next();
      if (code.startsWith("2")) {
        return code;
      }
    }
    throw new AssertionError("an operation without a success response: " + op);
  }

  private static void assertShape(
      JsonNode spec, JsonNode response, HttpResponse<String> r, String what) throws Exception {
    JsonNode described = resolve(spec, response);
    JsonNode content = described.get("content");
    if (content == null) {
      assertThat(r.body()).as(what + " has no body").isEmpty();
      return;
    }
    String type = r.headers().firstValue("Content-Type").orElse("");
    String matched = null;
    for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
      String t = types.next();
      if (type.startsWith(t)) {
        matched = t;
      }
    }
    assertThat(matched).as(what + ": Content-Type " + type + " is one of " + content).isNotNull();
    if (matched.equals("application/json")) {
      List<String> problems = new ArrayList<>();
      validate(
          spec,
          content.get(matched).get("schema"),
          DocumentJson.mapper().readTree(r.body()),
          "$",
          problems);
      assertThat(problems).as(what + " → " + r.body()).isEmpty();
    }
  }

  private static JsonNode resolve(JsonNode spec, JsonNode node) {
    while (node.has("$ref")) {
      node = spec.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  /**
   * The subset of JSON Schema the document uses: $ref, allOf, type, enum, required, properties,
   * additionalProperties, items, pattern.
   */
  static void validate(
      JsonNode spec, JsonNode schema, JsonNode value, String at, List<String> problems) {
    schema = resolve(spec, schema);
    for (JsonNode part : schema.path("allOf")) {
      validate(spec, part, value, at, problems);
    }
    JsonNode type = schema.get("type");
    if (type != null) {
      boolean ok = false;
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        ok |= is(t.asText(), value);
      }
      if (!ok) {
        problems.add(at + ": expected " + type + ", got " + value.getNodeType());
        return;
      }
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode e : schema.get("enum")) {
        listed |= e.asText().equals(value.asText());
      }
      if (!listed) {
        problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern")
        && value.isTextual()
        && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
            .matcher(value.asText())
            .find()) {
      problems.add(at + ": " + value + " does not match " + schema.get("pattern"));
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        if (!value.has(name.asText())) {
          problems.add(at + ": missing " + name.asText());
        }
      }
      JsonNode properties = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> f = fields.next();
        JsonNode sub = properties.get(f.getKey());
        if (sub == null
            && schema.get("additionalProperties") instanceof JsonNode extra
            && extra.isObject()) {
          sub = extra;
        }
        if (sub != null) {
          validate(spec, sub, f.getValue(), at + "." + f.getKey(), problems);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(spec, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
      }
    }
  }

  private static boolean is(String type, JsonNode value) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> false;
    };
  }
}
