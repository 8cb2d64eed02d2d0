package org.vigie.web.review;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vigie.archive.access.Role;
import org.vigie.archive.review.ReviewDecision;
import org.vigie.archive.review.ReviewDecisions;
import org.vigie.archive.review.ReviewEvent;
import org.vigie.archive.review.ReviewFilter;
import org.vigie.archive.review.ReviewItem;
import org.vigie.archive.review.ReviewQueue;
import org.vigie.archive.review.ReviewStatus;
import org.vigie.document.AnalyzedDocument;
import org.vigie.store.DocumentStore;
import org.vigie.web.page.ChartData;
import org.vigie.web.page.Pages;
import org.vigie.web.page.Viewer;
import org.vigie.web.page.WebText;

/**
 * The review queue's pages: the queue with its filters ({@code /review}), one item with its
 * document, evidence, group, comments and audit trail and, for analysts and above, the form that
 * decides on it ({@code /review/{id}}), and the flags' precision by week ({@code
 * /review/precision}); their JSON API is {@link ReviewApi}.
 */
public final class ReviewPages {
  private final ReviewQueue queue;
  private final DocumentStore store;

  public ReviewPages(ReviewQueue queue, DocumentStore store) {
    this.queue = queue;
    this.store = store;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/review", this::list);
    routes.get("/review/precision", this::precision);
    routes.get("/review/{id}", this::item);
    routes.post("/review/{id}", this::decide);
    new ReviewApi(queue).routes(routes);
  }

  private void list(Context ctx) {
    WebText t = Pages.text(ctx);
    ReviewStatus status = statusParam(ctx.queryParam("status"));
    String assignee = ReviewParams.assignee(ctx.queryParam("assignee"));
    String kind = blankToNull(ctx.queryParam("kind"));
    Map<ReviewStatus, Long> counts = queue.counts();
    List<ReviewView.StatusCount> statuses =
        Arrays.stream(ReviewStatus.values())
            .map(s -> new ReviewView.StatusCount(s, counts.get(s), s == status))
            .toList();
    Pages.render(
        ctx,
        "review.jte",
        new ReviewView.Queue(
            Pages.chrome(ctx, t, t.t("review.title")),
            queue.list(new ReviewFilter(status, kind, assignee, null, 0, 500)),
            statuses,
            ctx.queryParam("assignee") == null ? "" : ctx.queryParam("assignee"),
            kind == null ? "" : kind,
            queue.threshold(),
            Viewer.current().may(Role.ANALYST)));
  }

  private void item(Context ctx) {
    WebText t = Pages.text(ctx);
    ReviewItem item = itemOf(ctx);
    java.util.Optional<AnalyzedDocument> document = store.get(item.documentId());
    String text = document.map(AnalyzedDocument::text).orElse(item.excerpt());
    List<ReviewEvent> history = queue.audit().history(item.id());
    List<ReviewItem> group =
        item.groupSize() > 1 ? queue.list(ReviewFilter.group(item.groupId())) : List.of();
    String msg = ctx.queryParam("msg");
    Pages.render(
        ctx,
        "review-item.jte",
        new ReviewView.Item(
            Pages.chrome(ctx, t, t.t("review.item.title", item.id())),
            item,
            document.isPresent() ? "/documents/" + item.documentId() : null,
            ReviewText.paragraphs(text, item.evidence()),
            group.stream().filter(i -> i.id() != item.id()).toList(),
            history.stream().filter(e -> e.note() != null).toList(),
            history,
            queue.audit().verify(item.id()).isEmpty(),
            List.of(ReviewStatus.values()),
            Viewer.current().may(Role.ANALYST),
            msg == null ? null : t.t("review.msg." + msg.replaceAll("[^a-z]", ""))));
  }

  private void decide(Context ctx) {
    ReviewItem item = itemOf(ctx);
    String me = Viewer.current().name();
    String assign = ctx.formParam("assign");
    String assignee =
        assign == null || assign.isBlank()
            ? null
            : assign.equals("me") ? me : assign.equals("none") ? "" : assign.strip();
    ReviewDecision decision;
    try {
      decision =
          new ReviewDecision(
              me,
              statusParam(ctx.formParam("status")),
              assignee,
              ctx.formParam("label"),
              ctx.formParam("comment"),
              "1".equals(ctx.formParam("group")));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    if (decision.empty()) {
      ctx.redirect(item.path() + "?msg=nothing", HttpStatus.SEE_OTHER);
      return;
    }
    queue.decide(item.id(), decision);
    ctx.redirect(item.path() + "?msg=saved", HttpStatus.SEE_OTHER);
  }

  private void precision(Context ctx) {
    WebText t = Pages.text(ctx);
    String kind = blankToNull(ctx.queryParam("kind"));
    List<ReviewDecisions.Precision> weeks = queue.decisions().precisionByWeek(kind);
    String chart = null;
    if (!weeks.isEmpty()) {
      List<Long> percents = new ArrayList<>();
      weeks.forEach(w -> percents.add(Math.round(w.precision() * 100)));
      chart =
          ChartData.line(
              weeks.stream().map(ReviewDecisions.Precision::week).toList(),
              List.of(new ChartData.Series(t.t("review.precision.series"), percents)),
              t.t("review.precision.axis"),
              100);
    }
    int decided = weeks.stream().mapToInt(w -> w.confirmed() + w.rejected()).sum();
    Pages.render(
        ctx,
        "review-precision.jte",
        new ReviewView.Precision(
            Pages.chrome(ctx, t, t.t("review.precision.title")), chart, weeks, decided));
  }

  private ReviewItem itemOf(Context ctx) {
    long id = ReviewParams.id(ctx.pathParam("id"));
    return queue.get(id).orElseThrow(() -> new NotFoundResponse("/review/" + id));
  }

  static ReviewStatus statusParam(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ReviewStatus.parse(value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("status: " + e.getMessage());
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
