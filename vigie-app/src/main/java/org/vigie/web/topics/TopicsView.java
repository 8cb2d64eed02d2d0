package org.vigie.web.topics;

import java.util.List;
import org.vigie.web.page.Chrome;

/**
 * The taxonomy page: the tree of categories and topics with their document counts, the re-tags in
 * progress, and the links to the forms.
 */
public record TopicsView(
    Chrome chrome, String total, List<TreeRow> rows, JobsView jobs, String exportUrl) {

  /**
   * A line of the tree: a category (no id) or a topic, indented by its depth.
   *
   * @param count the documents tagged (a category: the sum of its topics')
   */
  public record TreeRow(
      int depth,
      boolean category,
      String id,
      String name,
      String query,
      String count,
      String searchUrl,
      String editUrl,
      String trendsUrl) {
    public String css() {
      return (category ? "category" : "topic") + " depth-" + Math.min(depth, 5);
    }
  }
}
