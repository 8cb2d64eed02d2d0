package org.vigie.web.topics;

import java.util.List;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;

/** The archive by year and month, and the tag count of every topic. */
public record ArchiveView(
    Chrome chrome, String total, List<Year> years, List<TopicsView.TreeRow> topics) {

  public record Year(String year, String count, String url, List<Counted> months) {}
}
