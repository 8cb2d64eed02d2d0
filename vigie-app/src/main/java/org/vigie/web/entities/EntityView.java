package org.vigie.web.entities;

import java.util.List;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.HistogramView;

/** The page of one person, organisation or place: what the archive says about it. */
public record EntityView(
    Chrome chrome,
    String name,
    String typeLabel,
    String total,
    String searchUrl,
    String apiUrl,
    HistogramView mentions,
    List<Group> cooccurring,
    List<Counted> sources,
    List<Counted> roles,
    List<QuoteLine> quotesBy,
    List<QuoteLine> quotesAbout,
    List<Counted> documents) {

  /** Co-occurring entities of one kind. */
  public record Group(String label, List<Counted> values) {}
}
