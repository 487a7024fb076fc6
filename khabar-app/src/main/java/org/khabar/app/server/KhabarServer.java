package org.khabar.app.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import org.khabar.UrduPipeline;
import org.khabar.archive.Archive;
import org.khabar.archive.EmbeddedBackend;
import org.khabar.archive.ReportIngest;
import org.khabar.archive.SearchBackend;
import org.khabar.pipeline.Pipeline;

/** The HTTP server: the JSON API over an archive or SolrCloud, and the page that uses it. */
public final class KhabarServer implements AutoCloseable {

  private final List<Route> routes;
  private final Javalin app;

  /** A server over the embedded {@code archive}; it takes uploads if settings say writable. */
  public KhabarServer(Archive archive, ServerSettings settings) {
    this(new EmbeddedBackend(archive), settings.writable()
        ? ReportIngest.embedded(archive, UrduPipeline.full()) : null, settings);
  }

  /**
   * A server over any search backend (the embedded archive or SolrCloud); uploads go to {@code
   * ingest}, or are refused when it is null.
   */
  public KhabarServer(SearchBackend searcher, ReportIngest ingest, ServerSettings settings) {
    Pipeline pipeline = UrduPipeline.full();
    StaticPages pages = new StaticPages();
    OpenApiDocument openApi = new OpenApiDocument();
    Turns analyses = new Turns(settings.analysisThreads(), Duration.ofSeconds(30),
        "the server is busy analysing other texts; try again soon");
    AnalyzeApi analyze = new AnalyzeApi(pipeline, settings.maxAnalyzeBytes(), analyses);
    ResponseCache searches = new ResponseCache(settings.searchCacheEntries(),
        ServerSettings.SEARCH_CACHE_MILLIS);
    SearchApi search = new SearchApi(searcher, searches);
    ReportsApi reports = new ReportsApi(searcher, ingest, settings, searches, analyses);
    EntitiesApi entities = new EntitiesApi(searcher, new EntityProfiles(searcher));
    this.routes = List.of(
        Route.get("/", pages::index),
        Route.get("/static/{file}", pages::file),
        Route.get("/api/openapi.json", openApi::serve),
        Route.post("/api/analyze", analyze::analyze),
        Route.get("/api/search", search::search),
        Route.get("/api/reports/{id}", reports::get),
        Route.post("/api/reports", reports::post),
        Route.get("/api/entities", entities::list),
        Route.get("/api/entities/{id}", entities::get));
    this.app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.http.maxRequestSize = settings.maxRequestBytes();
      config.http.prefer405over404 = true;
      config.http.defaultContentType = "application/json";
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      ErrorHandling.install(config);
      for (Route route : routes) {
        if (route.method().equals("POST")) {
          config.routes.post(route.path(), route.handler());
        } else {
          config.routes.get(route.path(), route.handler());
        }
      }
    });
  }

  /** Starts listening on {@code host}:{@code port} (port 0: any free port). */
  public KhabarServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port the server listens on, once started. */
  public int port() {
    return app.port();
  }

  /** Every route the server answers. */
  public List<Route> routes() {
    return routes;
  }

  /** Stops taking requests, letting those under way finish. */
  @Override
  public void close() {
    app.stop();
  }
}
