package org.vigie.web;

import java.util.List;

/** "Who said what": quotes by speaker, topic and period. */
public record QuotesView(
    Chrome chrome,
    String speaker,
    String topic,
    String from,
    String to,
    List<SearchView.Option> topics,
    String summary,
    List<QuoteLine> quotes,
    List<Counted> speakers,
    String apiUrl) {}
