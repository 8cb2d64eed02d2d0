package org.vigie.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analytics.influence.AccountInfluence;
import org.vigie.analytics.influence.GraphExport;
import org.vigie.analytics.influence.GraphKind;
import org.vigie.archive.Archive;
import org.vigie.archive.influence.InfluenceService;
import org.vigie.document.DocumentJson;
import org.vigie.search.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie influence}: the accounts of a period ranked by weighted PageRank on the
 * amplification (or attention) graph, with HITS, k-core and followers; as a table, JSON, CSV or
 * GEXF.
 */
@Command(
    name = "influence",
    description = "Classe les comptes d'une période par influence (PageRank, HITS, cœur).")
final class InfluenceCommand implements Callable<Integer> {
  @ParentCommand VigieCli cli;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Premier jour (défaut : il y a 29 jours).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Dernier jour, inclus (défaut : aujourd'hui).")
  String to;

  @Option(names = "--query", description = "Les publications qui répondent à cette requête.")
  String query;

  @Option(names = "--platform", description = "Une plateforme.")
  String platform;

  @Option(
      names = "--graph",
      defaultValue = "amplification",
      description = "amplification ou attention.")
  String graph;

  @Option(names = "--format", defaultValue = "text", description = "text, json, csv ou gexf.")
  String format;

  @Option(names = "--limit", defaultValue = "50", description = "Au plus N comptes (text, json).")
  int limit;

  @Override
  public Integer call() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    GraphKind kind =
        switch (graph.toLowerCase(Locale.ROOT)) {
          case "amplification" -> GraphKind.AMPLIFICATION;
          case "attention" -> GraphKind.ATTENTION;
          default -> throw new UserException(cli.messages().get("influence.badGraph", graph));
        };
    InfluenceService.Key key;
    try {
      key =
          new InfluenceService.Key(
              query,
              from == null ? today.minusDays(29) : LocalDate.parse(from),
              to == null ? today : LocalDate.parse(to),
              platform,
              kind);
    } catch (DateTimeParseException e) {
      throw new UserException(cli.messages().get("influence.badDay", e.getParsedString()), e);
    } catch (QuerySyntaxException e) {
      throw new UserException(cli.messages().get("influence.badQuery", e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    try (Archive archive = cli.openArchive()) {
      InfluenceService.Computed c = archive.influence().compute(key);
      StringWriter out = new StringWriter();
      switch (format.toLowerCase(Locale.ROOT)) {
        case "gexf" -> GraphExport.gexf(c.result(), out);
        case "csv" -> GraphExport.csvNodes(c.result(), out);
        case "json" -> {
          var root = DocumentJson.mapper().createObjectNode();
          root.put("posts", c.posts());
          root.put("accounts_ranked", c.result().accounts().size());
          var list = root.putArray("accounts");
          for (AccountInfluence a : c.result().accounts().stream().limit(limit).toList()) {
            int colon = a.key().indexOf(':');
            var n = list.addObject();
            n.put("rank", a.rank());
            n.put("platform", colon < 0 ? "" : a.key().substring(0, colon));
            n.put(
                "id",
                a.account() != null && a.account().id() != null
                    ? a.account().id()
                    : a.key().substring(colon + 1));
            n.put("handle", a.account() == null ? null : a.account().handle());
            n.put("pagerank", a.pageRank());
            n.put("hub", a.hub());
            n.put("authority", a.authority());
            n.put("core", a.core());
            if (a.followers() == null) {
              n.putNull("followers");
            } else {
              n.put("followers", a.followers());
            }
            n.put("tier", a.tier().name().toLowerCase(Locale.ROOT));
          }
          out.write(
              DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        }
        case "text" -> {
          PrintWriter w = new PrintWriter(out);
          w.println(
              cli.messages()
                  .get(
                      "influence.summary",
                      c.posts(),
                      c.result().graph().nodeCount(),
                      c.result().graph().edgeCount()));
          for (AccountInfluence a : c.result().accounts().stream().limit(limit).toList()) {
            w.println(
                String.format(
                    Locale.ROOT,
                    "%4d  %-40s  PR %.4f  hub %.3f  aut %.3f  k %d  %s",
                    a.rank(),
                    a.key(),
                    a.pageRank(),
                    a.hub(),
                    a.authority(),
                    a.core(),
                    a.followers() == null ? "—" : a.followers().toString()));
          }
          w.flush();
        }
        default -> throw new UserException(cli.messages().get("influence.badFormat", format));
      }
      cli.out.print(out);
      cli.out.flush();
    }
    return VigieCli.OK;
  }
}
