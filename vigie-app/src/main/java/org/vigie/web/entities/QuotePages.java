package org.vigie.web.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.analytics.EntityProfile;
import org.vigie.document.DocumentJson;
import org.vigie.document.Quote;
import org.vigie.link.topics.Topic;
import org.vigie.search.Query;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.Option;
import org.vigie.web.page.Pages;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * {@code /quotes} and {@code /api/quotes}: who said what, newest first, narrowed by speaker ({@code
 * speaker}), topic ({@code topic}, an id) and period ({@code from}, {@code to}, ISO days).
 */
public final class QuotePages {
  /** Documents read per request, the newest first. */
  private static final int READ = 300;

  private static final int LISTED = 200;

  private final DocumentStore store;
  private final Supplier<List<Topic>> topics;

  public QuotePages(DocumentStore store, Supplier<List<Topic>> topics) {
    this.store = store;
    this.topics = topics;
  }

  /** The parameters, validated where read. */
  record Params(String speaker, String topic, LocalDate from, LocalDate to) {
    static Params from(Context ctx) {
      return new Params(
          blankToNull(ctx.queryParam("speaker")),
          blankToNull(ctx.queryParam("topic")),
          day(ctx.queryParam("from"), "from"),
          day(ctx.queryParam("to"), "to"));
    }

    Query query() {
      List<Query> clauses = new ArrayList<>();
      if (speaker != null) {
        clauses.add(new Query.Phrase(SearchFields.SPEAKER, speaker));
      }
      if (topic != null) {
        clauses.add(new Query.Phrase(SearchFields.TOPIC, topic));
      }
      if (from != null || to != null) {
        clauses.add(new Query.DateRange(SearchFields.PUBLISHED, from, to));
      }
      return clauses.isEmpty() ? new Query.All() : new Query.And(clauses);
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static LocalDate day(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("bad " + name + " '" + value + "': expected a day (2024-02-12)");
    }
  }

  record Found(
      long documents, List<EntityProfile.Said> quotes, List<SearchResult.FacetValue> speakers) {}

  Found find(Params p) {
    SearchRequest request =
        new SearchRequest(
            p.query(), Map.of(), Sort.NEWEST, 0, READ, List.of(SearchFields.SPEAKER), false);
    SearchResult result = store.search(request);
    List<EntityProfile.Said> said = new ArrayList<>();
    for (SearchResult.Hit hit : result.hits()) {
      for (Quote q : hit.document().quotes()) {
        boolean bySpeaker = p.speaker() == null || p.speaker().equalsIgnoreCase(q.speaker());
        if (bySpeaker && said.size() < LISTED) {
          said.add(new EntityProfile.Said(q, hit.document()));
        }
      }
    }
    List<SearchResult.FacetValue> speakers =
        result.facets().isEmpty() ? List.of() : result.facets().getFirst().values();
    return new Found(result.total(), said, speakers);
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    Params p = Params.from(ctx);
    Found found = find(p);
    List<Option> options = new ArrayList<>();
    options.add(new Option("", t.t("quotes.anyTopic"), p.topic() == null));
    for (Topic topic : topics.get()) {
      options.add(new Option(topic.id(), topic.name(), topic.id().equals(p.topic())));
    }
    Chrome chrome = new Chrome(t, t.t("quotes.title"), Pages.switchUrl(ctx, t));
    Pages.render(
        ctx,
        "quotes.jte",
        new QuotesView(
            chrome,
            p.speaker() == null ? "" : p.speaker(),
            p.topic() == null ? "" : p.topic(),
            p.from() == null ? "" : p.from().toString(),
            p.to() == null ? "" : p.to().toString(),
            options,
            t.t(
                "quotes.count",
                found.quotes().size(),
                t.number(found.quotes().size()),
                t.number(found.documents())),
            found.quotes().stream().map(s -> EntityPages.line(s, t)).toList(),
            found.speakers().stream()
                .map(
                    v ->
                        new Counted(
                            v.value(),
                            t.number(v.count()),
                            "/quotes?speaker=" + SearchParams.encode(v.value())))
                .toList(),
            "/api/quotes" + (ctx.queryString() == null ? "" : "?" + ctx.queryString())));
  }

  public void api(Context ctx) {
    Found found = find(Params.from(ctx));
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.put("documents", found.documents());
    body.set("quotes", json(found.quotes()));
    body.set("speakers", EntityPages.counts(found.speakers()));
    ctx.contentType("application/json").result(body.toString());
  }

  static ArrayNode json(List<EntityProfile.Said> said) {
    ArrayNode a = DocumentJson.mapper().createArrayNode();
    for (EntityProfile.Said s : said) {
      ObjectNode o = a.addObject();
      o.put("text", s.quote().text());
      o.put("speaker", s.quote().speaker());
      o.put("role", s.quote().role());
      o.put("direct", s.quote().direct());
      o.put("document", s.document().id());
      o.put("title", s.document().title());
      o.put("published", s.document().published());
    }
    return a;
  }
}
