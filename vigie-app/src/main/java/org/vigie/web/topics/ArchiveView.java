package org.vigie.web.topics;

import java.util.List;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;

/**
 * The archive by year and month (years without a dated document left out), its documents without a
 * publication date counted apart, and the tag count of every topic.
 *
 * @param intro "12 documents datés" in words
 * @param undated "4 sans date" linking to them, or null when every document is dated
 */
public record ArchiveView(
    Chrome chrome,
    String intro,
    Counted undated,
    List<Year> years,
    List<TopicsView.TreeRow> topics) {

  public record Year(String year, String count, String url, List<Counted> months) {}
}
