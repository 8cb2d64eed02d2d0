package org.vigie.web.topics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.archive.ArchiveTopics;
import org.vigie.archive.RetagJob;
import org.vigie.document.DocumentJson;
import org.vigie.link.topics.Topic;
import org.vigie.search.Histogram;
import org.vigie.search.Interval;
import org.vigie.search.MixedOperators;
import org.vigie.search.Query;
import org.vigie.search.QuerySyntaxException;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Sort;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Counted;
import org.vigie.web.page.Links;
import org.vigie.web.page.Pages;
import org.vigie.web.page.QueryErrorText;
import org.vigie.web.page.SearchParams;
import org.vigie.web.page.WebText;

/**
 * The taxonomy's pages and API: {@code /topics} (tree with counts, re-tags in progress), the forms
 * that create, edit and delete a topic (plain POST forms, answered by a redirect to {@code
 * /topics}), {@code /topics/jobs} (the progress fragment htmx polls), {@code /archive} (by year and
 * month, tag counts), {@code /api/topics} and {@code /api/topics/{id}}.
 */
public final class TopicPages {
  private final ArchiveTopics topics;
  private final DocumentStore store;

  public TopicPages(ArchiveTopics topics, DocumentStore store) {
    this.topics = topics;
    this.store = store;
  }

  private volatile Names names = new Names(-1, Map.of());

  private record Names(long version, Map<String, String> byId) {}

  /** A topic id's name; the id itself when it is not in the taxonomy (any more). */
  public String name(String id) {
    Names current = names;
    if (current.version() != topics.version()) {
      long version = topics.version();
      Map<String, String> byId = new HashMap<>();
      topics.list().forEach(x -> byId.put(x.id(), x.name()));
      current = new Names(version, Map.copyOf(byId));
      names = current;
    }
    return current.byId().getOrDefault(id, id);
  }

  /** How many documents carry each topic (copies left out, as in searches). */
  Map<String, Long> counts(List<Topic> list) {
    Map<String, Long> counts = new HashMap<>();
    for (Topic t : list) {
      counts.put(
          t.id(), store.search(request(new Query.Phrase(SearchFields.TOPIC, t.id()))).total());
    }
    return counts;
  }

  private static SearchRequest request(Query q) {
    return new SearchRequest(q, Map.of(), Sort.NEWEST, 0, 0, List.of(), false);
  }

  /** The tree of categories and topics, categories first at each level. */
  List<TopicsView.TreeRow> tree(List<Topic> list, Map<String, Long> counts, WebText t) {
    List<Topic> sorted = new ArrayList<>(list);
    sorted.sort(
        java.util.Comparator.comparing((Topic x) -> String.join("\u0000", x.category()))
            .thenComparing(Topic::name));
    Map<String, Long> categoryTotals = new LinkedHashMap<>();
    for (Topic x : sorted) {
      for (int depth = 1; depth <= x.category().size(); depth++) {
        String key = String.join("\u0000", x.category().subList(0, depth));
        categoryTotals.merge(key, counts.getOrDefault(x.id(), 0L), Long::sum);
      }
    }
    List<TopicsView.TreeRow> rows = new ArrayList<>();
    List<String> open = List.of();
    for (Topic x : sorted) {
      int common = 0;
      while (common < open.size()
          && common < x.category().size()
          && open.get(common).equals(x.category().get(common))) {
        common++;
      }
      for (int depth = common; depth < x.category().size(); depth++) {
        String key = String.join("\u0000", x.category().subList(0, depth + 1));
        rows.add(
            new TopicsView.TreeRow(
                depth,
                true,
                null,
                x.category().get(depth),
                null,
                t.number(categoryTotals.get(key)),
                null,
                null,
                null));
      }
      open = x.category();
      rows.add(
          new TopicsView.TreeRow(
              x.category().size(),
              false,
              x.id(),
              x.name(),
              x.query(),
              t.number(counts.getOrDefault(x.id(), 0L)),
              Links.search(SearchFields.TOPIC, x.id()),
              "/topics/" + x.id() + "/edit",
              "/trends?series=" + SearchParams.encode("topic:" + x.id())));
    }
    return rows;
  }

  public void page(Context ctx) {
    WebText t = Pages.text(ctx);
    List<Topic> list = topics.list();
    Chrome chrome = new Chrome(t, t.t("topics.title"), Pages.switchUrl(ctx, t));
    Pages.render(
        ctx,
        "topics.jte",
        new TopicsView(
            chrome, t.number(list.size()), tree(list, counts(list), t), jobs(t), "/api/topics"));
  }

  JobsView jobs(WebText t) {
    List<JobsView.Line> lines = new ArrayList<>();
    boolean running = false;
    for (RetagJob j : topics.jobs().stream().limit(10).toList()) {
      running |= !j.finished();
      String progress =
          switch (j.state()) {
            case DONE ->
                t.t("jobs.done", j.gained(), t.number(j.gained()), j.lost(), t.number(j.lost()));
            case FAILED -> t.t("jobs.failed", j.error());
            case QUEUED -> t.t("jobs.queued");
            case RUNNING -> t.t("jobs.running", t.number(j.done()), t.number(j.total()));
          };
      lines.add(
          new JobsView.Line(
              j.id(),
              j.topicName(),
              j.state().name(),
              j.percent(),
              progress,
              "job " + j.state().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return new JobsView(lines, running);
  }

  public void jobsFragment(Context ctx) {
    Pages.render(ctx, "jobs.jte", jobs(Pages.text(ctx)));
  }

  public void newForm(Context ctx) {
    WebText t = Pages.text(ctx);
    form(ctx, t, 200, t.t("topics.new"), "/topics", true, "", "", "", "", null, null);
  }

  public void editForm(Context ctx) {
    WebText t = Pages.text(ctx);
    Topic topic = topic(ctx);
    form(
        ctx,
        t,
        200,
        t.t("topics.edit", topic.name()),
        "/topics/" + topic.id(),
        false,
        topic.id(),
        topic.name(),
        topic.categoryPath(),
        topic.query(),
        null,
        "/topics/" + topic.id() + "/delete");
  }

  private Topic topic(Context ctx) {
    String id = ctx.pathParam("id");
    return topics.get(id).orElseThrow(() -> new NotFoundResponse(id));
  }

  private void form(
      Context ctx,
      WebText t,
      int status,
      String heading,
      String action,
      boolean idEditable,
      String id,
      String name,
      String category,
      String query,
      String error,
      String deleteUrl) {
    Chrome chrome = new Chrome(t, heading, Pages.switchUrl(ctx, t));
    ctx.status(status);
    Pages.render(
        ctx,
        "topic-form.jte",
        new TopicFormView(
            chrome,
            heading,
            action,
            idEditable,
            id,
            name,
            category,
            query,
            error,
            deleteUrl,
            mixedWarning(t, query)));
  }

  /** Says where a query mixes OU and ET without parentheses; {@code null} when it does not. */
  static String mixedWarning(WebText t, String query) {
    return MixedOperators.find(query).stream()
        .mapToObj(at -> t.t("topics.mixedWarning", at + 1))
        .findFirst()
        .orElse(null);
  }

  public void create(Context ctx) {
    String name = value(ctx, "name");
    String id = value(ctx, "id").isEmpty() ? Topic.slug(name) : value(ctx, "id");
    save(ctx, id, true);
  }

  public void update(Context ctx) {
    save(ctx, topic(ctx).id(), false);
  }

  private void save(Context ctx, String id, boolean creating) {
    WebText t = Pages.text(ctx);
    String name = value(ctx, "name");
    String category = value(ctx, "category");
    String query = value(ctx, "query");
    String heading = creating ? t.t("topics.new") : t.t("topics.edit", name);
    String action = creating ? "/topics" : "/topics/" + id;
    String delete = creating ? null : "/topics/" + id + "/delete";
    try {
      if (creating && topics.get(id).isPresent()) {
        throw new IllegalArgumentException(t.t("topics.exists", id));
      }
      Topic topic = new Topic(id, name, Topic.parsePath(category), query);
      if (mixedWarning(t, query) != null && ctx.formParam("keep") == null) {
        form(ctx, t, 200, heading, action, creating, id, name, category, query, null, delete);
        return;
      }
      RetagJob job = topics.save(topic);
      ctx.redirect("/topics?job=" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (QuerySyntaxException e) {
      form(
          ctx,
          t,
          400,
          heading,
          action,
          creating,
          id,
          name,
          category,
          query,
          QueryErrorText.describe(t, e),
          delete);
    } catch (IllegalArgumentException e) {
      form(
          ctx,
          t,
          400,
          heading,
          action,
          creating,
          id,
          name,
          category,
          query,
          e.getMessage(),
          delete);
    }
  }

  public void delete(Context ctx) {
    String id = ctx.pathParam("id");
    RetagJob job = topics.delete(id).orElseThrow(() -> new NotFoundResponse(id));
    ctx.redirect("/topics?job=" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static String value(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  public void archive(Context ctx) {
    WebText t = Pages.text(ctx);
    Histogram months = store.histogram(request(new Query.All()), Interval.MONTH);
    Map<Integer, List<Histogram.Bucket>> byYear = new LinkedHashMap<>();
    for (Histogram.Bucket b : months.buckets().reversed()) {
      byYear.computeIfAbsent(b.start().getYear(), y -> new ArrayList<>()).add(b);
    }
    List<ArchiveView.Year> years = new ArrayList<>();
    long total = 0;
    for (var e : byYear.entrySet()) {
      long sum = e.getValue().stream().mapToLong(Histogram.Bucket::count).sum();
      total += sum;
      if (sum == 0) {
        continue;
      }
      List<Counted> cells = new ArrayList<>();
      for (Histogram.Bucket b : e.getValue().reversed()) {
        String month = b.start().toString().substring(0, 7);
        cells.add(
            new Counted(
                t.month(month),
                t.number(b.count()),
                b.count() == 0 ? null : Links.search(SearchFields.MONTH, month)));
      }
      String year = Integer.toString(e.getKey());
      years.add(
          new ArchiveView.Year(year, t.number(sum), Links.search(SearchFields.YEAR, year), cells));
    }
    List<Topic> list = topics.list();
    Chrome chrome = new Chrome(t, t.t("archive.title"), Pages.switchUrl(ctx, t));
    Pages.render(
        ctx,
        "archive.jte",
        new ArchiveView(
            chrome,
            t.t("archive.intro", total, t.number(total)),
            undated(months.undated(), t),
            years,
            tree(list, counts(list), t)));
  }

  /** "3 documents sans date" linking to them, or null when every document is dated. */
  private static Counted undated(long n, WebText t) {
    return n == 0
        ? null
        : new Counted(
            t.t("archive.undated", n, t.number(n)),
            t.number(n),
            Links.search(SearchFields.YEAR, SearchFields.UNDATED));
  }

  public void listApi(Context ctx) {
    List<Topic> list = topics.list();
    Map<String, Long> counts = counts(list);
    ObjectNode body = DocumentJson.mapper().createObjectNode();
    ArrayNode a = body.putArray("topics");
    list.forEach(x -> a.add(json(x, counts.get(x.id()))));
    ctx.contentType("application/json").result(body.toString());
  }

  public void getApi(Context ctx) {
    Topic topic = topic(ctx);
    ctx.contentType("application/json")
        .result(json(topic, counts(List.of(topic)).get(topic.id())).toString());
  }

  private static ObjectNode json(Topic x, long count) {
    ObjectNode o = DocumentJson.mapper().createObjectNode();
    o.put("id", x.id());
    o.put("name", x.name());
    ArrayNode category = o.putArray("category");
    x.category().forEach(category::add);
    o.put("query", x.query());
    o.put("documents", count);
    return o;
  }
}
