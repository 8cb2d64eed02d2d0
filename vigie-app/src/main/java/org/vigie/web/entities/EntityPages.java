package org.vigie.web.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.analytics.EntityProfile;
import org.vigie.analytics.EntityProfiles;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.DocumentJson;
import org.vigie.document.Quote;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchResult;
import org.vigie.search.Sort;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.DateHistograms;
import org.vigie.web.page.HistogramView;
import org.vigie.web.page.Links;
import org.vigie.web.page.Pages;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * {@code /entities/{type}/{name}} and {@code /api/entities/{type}/{name}}: one person, organisation
 * or place over the archive: its mentions over time, the entities named with it, its quotes and the
 * quotes about it, the sources that name it and the roles the texts give it.
 */
public final class EntityPages {
  private final EntityProfiles profiles;

  public EntityPages(DocumentStore store) {
    this.profiles = new EntityProfiles(store);
  }

  /** The entity of the path ({@code /entities/person/Name}), or 404. */
  private EntityProfile profile(Context ctx) {
    String field = Links.entityField(ctx.pathParam("type"));
    if (field == null) {
      throw new NotFoundResponse(ctx.pathParam("type"));
    }
    String name = ctx.pathParam("name").strip();
    if (name.isEmpty() || name.length() > 300) {
      throw new NotFoundResponse(name);
    }
    return profiles.of(field, name).orElseThrow(() -> new NotFoundResponse(name));
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    EntityProfile p = profile(ctx);
    Chrome chrome = new Chrome(t, p.name(), Pages.switchUrl(ctx, t));
    String searchUrl = Links.search(p.field(), p.name());
    List<EntityView.Group> groups = new ArrayList<>();
    p.cooccurring()
        .forEach(
            (field, values) ->
                groups.add(
                    new EntityView.Group(
                        t.t("entity.with." + field),
                        values.stream()
                            .map(
                                v ->
                                    new Counted(
                                        v.value(),
                                        t.number(v.count()),
                                        Links.entity(field, v.value())))
                            .toList())));
    HistogramView mentions =
        DateHistograms.view(
            p.mentions(),
            "",
            t,
            q ->
                new SearchParams(
                        q,
                        List.of(new SearchParams.Filter(p.field(), p.name())),
                        Sort.NEWEST,
                        1,
                        SearchParams.DEFAULT_SIZE)
                    .url());
    Pages.render(
        ctx,
        "entity.jte",
        new EntityView(
            chrome,
            p.name(),
            t.t("facet." + p.field()),
            t.t("entity.documents", p.total(), t.number(p.total())),
            searchUrl,
            Links.entity(p.field(), p.name()).replaceFirst("^/entities/", "/api/entities/"),
            mentions,
            groups,
            p.sites().stream()
                .map(
                    v ->
                        new Counted(
                            v.value(),
                            t.number(v.count()),
                            Links.search(SearchFields.SITE, v.value())))
                .toList(),
            p.roles().entrySet().stream()
                .map(e -> new Counted(e.getKey(), t.number(e.getValue()), null))
                .toList(),
            p.quotesBy().stream().map(s -> line(s, t)).toList(),
            p.quotesAbout().stream().map(s -> line(s, t)).toList(),
            p.documents().stream()
                .map(
                    d ->
                        new Counted(
                            Links.displayTitle(d, t),
                            t.dateOrCollected(d.published(), d.fetchedAt()),
                            "/documents/" + d.id()))
                .toList()));
  }

  static QuoteLine line(EntityProfile.Said s, WebText t) {
    Quote q = s.quote();
    AnalyzedDocument d = s.document();
    return new QuoteLine(
        q.text(),
        q.direct(),
        q.speaker(),
        q.speaker() == null ? null : Links.entity(SearchFields.PERSON, q.speaker()),
        q.role(),
        Links.displayTitle(d, t),
        "/documents/" + d.id(),
        t.date(d.published()));
  }

  public void api(Context ctx) {
    EntityProfile p = profile(ctx);
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    body.put("type", p.field());
    body.put("name", p.name());
    body.put("documents", p.total());
    body.put("interval", p.mentions().interval().name().toLowerCase(Locale.ROOT));
    ArrayNode mentions = body.putArray("mentions");
    p.mentions()
        .buckets()
        .forEach(
            b -> mentions.addObject().put("start", b.start().toString()).put("count", b.count()));
    ObjectNode co = body.putObject("cooccurring");
    p.cooccurring().forEach((field, values) -> co.set(field, counts(values)));
    body.set("sites", counts(p.sites()));
    ArrayNode roles = body.putArray("roles");
    p.roles().forEach((r, n) -> roles.addObject().put("value", r).put("count", n));
    body.set("quotesBy", QuotePages.json(p.quotesBy()));
    body.set("quotesAbout", QuotePages.json(p.quotesAbout()));
    ctx.contentType("application/json").result(body.toString());
  }

  static ArrayNode counts(List<SearchResult.FacetValue> values) {
    ArrayNode a = DocumentJson.mapper().createArrayNode();
    values.forEach(v -> a.addObject().put("value", v.value()).put("count", v.count()));
    return a;
  }
}
