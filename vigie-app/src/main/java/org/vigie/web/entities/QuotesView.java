package org.vigie.web.entities;

import java.util.List;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.Option;

/** "Who said what": quotes by speaker, topic and period. */
public record QuotesView(
    Chrome chrome,
    String speaker,
    String topic,
    String from,
    String to,
    List<Option> topics,
    String summary,
    List<QuoteLine> quotes,
    List<Counted> speakers,
    String apiUrl) {}
