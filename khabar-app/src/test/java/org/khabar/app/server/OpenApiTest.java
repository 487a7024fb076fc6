package org.khabar.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.app.server.TestServer.encode;
import static org.khabar.app.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps /api/openapi.json true: every route is described, and answers as described. */
class OpenApiTest {

  static TestServer server;
  static JsonNode document;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.writable();
    HttpResponse<String> response = server.get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    document = json(response);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void everyApiRouteIsDescribedAndEveryDescribedRouteExists() {
    List<String> served = server.server.routes().stream().filter(Route::isApi)
        .map(r -> r.method() + " " + r.path()).sorted().toList();
    List<String> described = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(method ->
          described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
    }
    assertThat(described).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void everyPathParameterIsDescribed() {
    for (Route route : server.server.routes()) {
      if (!route.isApi() || !route.path().contains("{")) {
        continue;
      }
      String name = route.path().replaceAll(".*\\{(\\w+)}.*", "$1");
      JsonNode parameters = operation(route.method(), route.path()).get("parameters");
      assertThat(parameters.findValuesAsText("name")).as(route.path()).contains(name);
    }
  }

  @Test
  void answersHaveDescribedStatuses() throws Exception {
    checkStatus("POST", "/api/analyze",
        server.post("/api/analyze", "text/plain", "شام میں امن۔"));
    checkStatus("POST", "/api/analyze",
        server.post("/api/analyze", "application/json", "{oops"));
    checkStatus("POST", "/api/analyze", server.post("/api/analyze", "image/png", "x"));
    checkStatus("GET", "/api/search", server.get("/api/search?q=" + encode("شام")));
    checkStatus("GET", "/api/search", server.get("/api/search?q=%01"));
    checkStatus("GET", "/api/reports/{id}", server.get("/api/reports/"
        + FixtureArchive.TEHRAN));
    checkStatus("GET", "/api/reports/{id}", server.get("/api/reports/missing"));
    checkStatus("POST", "/api/reports", server.post("/api/reports", "application/json",
        "{\"id\": \"x\", \"body\": \"شام\"}"));
    checkStatus("POST", "/api/reports", server.post("/api/reports", "application/json", "{"));
    checkStatus("GET", "/api/entities", server.get("/api/entities?type=person"));
    checkStatus("GET", "/api/entities", server.get("/api/entities?type=x"));
    checkStatus("GET", "/api/entities/{id}", server.get("/api/entities/"
        + encode("place:شام")));
    checkStatus("GET", "/api/entities/{id}", server.get("/api/entities/"
        + encode("place:زحل")));
    checkStatus("GET", "/api/openapi.json", server.get("/api/openapi.json"));
  }

  @Test
  void describedQueryParametersAreTheOnesTheSearchReads() {
    List<String> documented = operation("GET", "/api/search").get("parameters")
        .findValuesAsText("name");
    assertThat(documented).containsAll(SearchApi.FILTERS).contains("q", "from", "to", "sort",
        "page", "size", "facets");
  }

  private static JsonNode operation(String method, String path) {
    return document.get("paths").get(path).get(method.toLowerCase(Locale.ROOT));
  }

  private static void checkStatus(String method, String path, HttpResponse<String> response) {
    JsonNode responses = operation(method, path).get("responses");
    assertThat(responses.has(String.valueOf(response.statusCode())))
        .as("%s %s answered %d, which the description does not list", method, path,
            response.statusCode()).isTrue();
  }
}
