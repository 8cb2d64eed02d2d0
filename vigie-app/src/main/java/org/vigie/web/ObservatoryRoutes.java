package org.vigie.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.function.Supplier;
import org.vigie.archive.ArchiveTopics;
import org.vigie.link.topics.Topic;
import org.vigie.store.DocumentStore;
import org.vigie.web.entities.EntityPages;
import org.vigie.web.entities.QuotePages;
import org.vigie.web.search.SearchPage;
import org.vigie.web.topics.TopicPages;
import org.vigie.web.trends.TrendPages;

/**
 * The analysts' pages beside search: entities, quotes, trends and, when the archive has a taxonomy,
 * topics and the archive overview; with their JSON API.
 */
final class ObservatoryRoutes {
  private ObservatoryRoutes() {}

  static void register(
      RoutesConfig routes, DocumentStore store, ArchiveTopics topics, SearchPage searchPage) {
    Supplier<List<Topic>> list = topics == null ? List::of : topics::list;
    EntityPages entities = new EntityPages(store);
    routes.get("/entities/{type}/{name}", entities::page);
    routes.get("/api/entities/{type}/{name}", entities::api);
    QuotePages quotes = new QuotePages(store, list);
    routes.get("/quotes", quotes::page);
    routes.get("/api/quotes", quotes::api);
    TrendPages trends = new TrendPages(store, list);
    routes.get("/trends", trends::page);
    routes.get("/api/trends", trends::api);
    if (topics == null) {
      return;
    }
    TopicPages pages = new TopicPages(topics, store);
    searchPage.topicNames(pages::name);
    routes.get("/topics", pages::page);
    routes.get("/topics/new", pages::newForm);
    routes.get("/topics/jobs", pages::jobsFragment);
    routes.post("/topics", pages::create);
    routes.get("/topics/{id}/edit", pages::editForm);
    routes.post("/topics/{id}", pages::update);
    routes.post("/topics/{id}/delete", pages::delete);
    routes.get("/archive", pages::archive);
    routes.get("/api/topics", pages::listApi);
    routes.get("/api/topics/{id}", pages::getApi);
  }
}
