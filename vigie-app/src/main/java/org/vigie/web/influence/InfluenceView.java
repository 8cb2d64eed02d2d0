package org.vigie.web.influence;

import java.util.List;
import org.vigie.web.page.Chrome;

/**
 * The influence page: the form (period, query, platform, graph), the state of the ranking, and once
 * computed the ranked accounts with their scores and explanations.
 */
public record InfluenceView(
    Chrome chrome,
    String from,
    String to,
    String query,
    String platform,
    String graph,
    String status,
    String error,
    String summary,
    String rho,
    List<Line> accounts,
    String params,
    String message) {

  /** One ranked account; {@code because} lists the edges that give most of its PageRank. */
  public record Line(
      int rank,
      String label,
      String href,
      String platform,
      String tier,
      String pageRank,
      String hub,
      String authority,
      int core,
      String inStrength,
      String followers,
      String engagement,
      int community,
      String because) {}
}
