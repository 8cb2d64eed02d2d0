package org.vigie.web.coordination;

import java.util.List;
import org.vigie.web.page.Chrome;

/** What the "Réseaux coordonnés" pages show: the runs, one run's groups, one group. */
public final class CoordinationView {
  private CoordinationView() {}

  /** The list of runs, with the form that starts one. */
  public record Runs(Chrome chrome, List<RunLine> runs, CoordinationParams form, String error) {}

  /** One run: its parameters, its figures and its groups (or its progress while it runs). */
  public record Run(Chrome chrome, RunLine run, List<GroupLine> groups, String progress) {}

  /** One group: its network, members, edges, evidence and history. */
  public record Group(
      Chrome chrome,
      RunLine run,
      GroupLine group,
      String network,
      List<MemberLine> members,
      List<EdgeLine> edges,
      List<EvidenceLine> evidence,
      long evidenceTotal,
      List<GroupLine> lineage) {}

  public record RunLine(
      long id,
      String started,
      String trigger,
      String query,
      String period,
      String platforms,
      String kinds,
      String settings,
      int posts,
      int postsLeftOut,
      int shares,
      long pairs,
      int edges,
      int accounts,
      int groups,
      String status,
      String error) {
    public String href() {
      return "/coordination/runs/" + id;
    }
  }

  public record GroupLine(
      long id,
      int rank,
      String change,
      String previous,
      int size,
      int edges,
      long pairs,
      int objects,
      String first,
      String last,
      String kinds,
      String platforms,
      List<ObjectLine> topObjects,
      String activity,
      long runId) {
    public String href() {
      return "/coordination/groups/" + id;
    }
  }

  /** An object as shown: a label, and a link when it has one (a page, a document, a search). */
  public record ObjectLine(String label, String href, long pairs) {}

  public record MemberLine(
      String account,
      String label,
      String platform,
      int shares,
      int coordinated,
      String fraction,
      int community,
      String href) {}

  public record EdgeLine(
      String a,
      String b,
      int weight,
      int objects,
      String meanDelta,
      int fastWeight,
      String kinds) {}

  /** One coordinated pair: the two posts, their times and accounts, the object between them. */
  public record EvidenceLine(
      int seq,
      ObjectLine object,
      String kind,
      String accountA,
      String timeA,
      String docA,
      String textA,
      String accountB,
      String timeB,
      String docB,
      String textB,
      long delta) {}
}
