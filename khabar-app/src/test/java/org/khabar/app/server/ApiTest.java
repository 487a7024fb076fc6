package org.khabar.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.app.server.TestServer.encode;
import static org.khabar.app.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {

  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.readOnly();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void searchFindsReportsWithSnippetsFacetsAndPages() throws Exception {
    HttpResponse<String> response = server.get("/api/search?q=" + encode("شام") + "&size=10");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode page = json(response);
    assertThat(page.get("total").asInt()).isEqualTo(3 + FixtureArchive.PLAIN);
    assertThat(page.get("pages").asInt()).isEqualTo(2);
    assertThat(page.get("hits")).hasSize(10);
    JsonNode snippet = page.get("hits").get(0).get("snippets").get(0);
    int start = snippet.get("start").asInt();
    JsonNode match = snippet.get("matches").get(0);
    assertThat(snippet.get("text").asText().substring(match.get(0).asInt() - start,
        match.get(1).asInt() - start)).isEqualTo("شام");
    assertThat(page.get("facets").get("person").findValuesAsText("value"))
        .contains("حسن روحانی", "ولادی میر پوتین");
    assertThat(page.get("facets").get("month")).hasSize(12);

    JsonNode second = json(server.get("/api/search?q=" + encode("شام") + "&page=2"));
    assertThat(second.get("hits")).hasSize(5);
    assertThat(second.get("page").asInt()).isEqualTo(2);
  }

  @Test
  void searchFiltersByFacetsAndMonths() throws Exception {
    JsonNode byPerson = json(server.get("/api/search?q=" + encode("شام") + "&person="
        + encode("حسن روحانی")));
    assertThat(byPerson.get("hits").findValuesAsText("id")).containsExactlyInAnyOrder(
        FixtureArchive.TEHRAN, FixtureArchive.ASTANA, FixtureArchive.ASTANA_DAILY);
    JsonNode bySourceAndMonth = json(server.get("/api/search?source=" + encode("جیو نیوز")
        + "&month=2016-12"));
    assertThat(bySourceAndMonth.get("hits").findValuesAsText("id"))
        .containsExactlyInAnyOrder(FixtureArchive.TEHRAN, "plain-12");
    JsonNode newest = json(server.get("/api/search?sort=newest&size=1"));
    assertThat(newest.get("hits").get(0).get("id").asText()).isEqualTo(
        FixtureArchive.ASTANA_DAILY);
  }

  @Test
  void reportHasItsTextAnalysisAndRelatedStories() throws Exception {
    HttpResponse<String> response = server.get("/api/reports/" + FixtureArchive.ASTANA);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = json(response);
    assertThat(report.get("body").asText()).startsWith("ماسکو (اے پی پی)");
    assertThat(report.get("date").asText()).isEqualTo("2016-12-29");
    JsonNode analysis = report.get("analysis");
    assertThat(analysis.get("schema").asText()).isEqualTo("khabar-analysis");
    assertThat(analysis.get("entities").size()).isGreaterThan(5);
    assertThat(analysis.get("statements")).hasSize(2);
    assertThat(analysis.get("dateline").get("place").asText()).isEqualTo("ماسکو");
    assertThat(report.get("related").findValuesAsText("id"))
        .contains(FixtureArchive.ASTANA_DAILY);
  }

  @Test
  void entitiesAreListedByTypeWithCounts() throws Exception {
    JsonNode people = json(server.get("/api/entities?type=person"));
    List<String> ids = people.get("entities").findValuesAsText("id");
    assertThat(ids).contains("person:حسن روحانی", "person:ولادی میر پوتین");
    JsonNode rouhani = people.get("entities").get(ids.indexOf("person:حسن روحانی"));
    assertThat(rouhani.get("count").asInt()).isEqualTo(3);

    JsonNode all = json(server.get("/api/entities"));
    assertThat(all.get("entities").findValuesAsText("type")).contains("person", "place", "org",
        "title", "source");
    JsonNode filtered = json(server.get("/api/entities?type=place&q=" + encode("لاہ")));
    assertThat(filtered.get("entities").findValuesAsText("name")).containsExactly("لاہور");
  }

  @Test
  void entityHasItsNamesReportsByMonthAndStatements() throws Exception {
    HttpResponse<String> response = server.get("/api/entities/"
        + encode("person:حسن روحانی"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode entity = json(response);
    assertThat(entity.get("latin").asText()).isEqualTo("Hassan Rouhani");
    assertThat(entity.get("titles").get(0).asText()).isEqualTo("صدر");
    assertThat(entity.get("reportCount").asInt()).isEqualTo(3);
    assertThat(entity.get("months").get(0).get("value").asText()).isEqualTo("2016-12");
    assertThat(entity.get("months").get(0).get("count").asInt()).isEqualTo(3);
    List<String> spellings = new ArrayList<>();
    entity.get("spellings").forEach(s -> spellings.add(s.asText()));
    assertThat(spellings).contains("حسن روحانی", "روحانی");
    assertThat(entity.get("mentions").findValuesAsText("text")).containsExactlyInAnyOrder(
        "حسن روحانی", "روحانی", "حسن روحانی", "حسن روحانی");
    JsonNode mention = entity.get("mentions").get(0);
    assertThat(mention.get("end").asInt() - mention.get("start").asInt())
        .isEqualTo(mention.get("text").asText().length());
    assertThat(entity.get("statementsBy").findValuesAsText("text")).containsExactlyInAnyOrder(
        "شام میں امن کی بحالی سب کی ذمہ داری ہے", "مذاکرات جنوری میں شروع ہوں گے");
    assertThat(entity.get("statementsBy").get(0).get("speakerLatin").asText())
        .isEqualTo("Hassan Rouhani");

    JsonNode syria = json(server.get("/api/entities/" + encode("place:شام")));
    assertThat(syria.get("statementsAbout").findValuesAsText("text")).contains(
        "شام میں امن کی بحالی سب کی ذمہ داری ہے");
    assertThat(syria.get("namedWith").get("person").findValuesAsText("value"))
        .contains("حسن روحانی");
  }

  @Test
  void analyzeTakesTextOrJsonAndAnswersInTheAnalysisSchema() throws Exception {
    String text = "تہران میں بات چیت ہوئی۔ پھر سب چلے گئے۔";
    JsonNode plain = json(server.post("/api/analyze", "text/plain; charset=utf-8", text));
    assertThat(plain.get("schema").asText()).isEqualTo("khabar-analysis");
    assertThat(plain.get("text").asText()).isEqualTo(text);
    assertThat(plain.get("sentences")).hasSize(2);
    assertThat(plain.get("tokens").get(0).get("text").asText()).isEqualTo("تہران");

    HttpResponse<String> fromJson = server.post("/api/analyze", "application/json",
        "{\"text\": \"" + text + "\", \"date\": \"2016-12-29\", \"id\": \"mine\"}");
    assertThat(fromJson.statusCode()).isEqualTo(200);
    assertThat(json(fromJson).get("id").asText()).isEqualTo("mine");
    assertThat(json(fromJson).get("metadata").get("date").asText()).isEqualTo("2016-12-29");
  }

  @Test
  void addingReportsNeedsAWritableServer() throws Exception {
    HttpResponse<String> refused = server.post("/api/reports", "application/json",
        "{\"id\": \"new\", \"body\": \"شام میں امن\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).get("message").asText()).contains("--writable");
  }

  @Test
  void writableServerAddsAndReplacesReports() throws Exception {
    try (TestServer writable = TestServer.writable()) {
      HttpResponse<String> added = writable.post("/api/reports", "application/json",
          "[{\"id\": \"new-1\", \"headline\": \"نئی خبر\", \"date\": \"2017-01-05\","
              + " \"source\": \"ڈان\", \"body\": \"کراچی میں بارش ہوئی۔\"},"
              + " {\"id\": \"plain-01\", \"body\": \"کراچی میں دھوپ نکلی۔\"}]");
      assertThat(added.statusCode()).isEqualTo(200);
      assertThat(json(added).get("added").asInt()).isEqualTo(1);
      assertThat(json(added).get("replaced").asInt()).isEqualTo(1);
      JsonNode found = json(writable.get("/api/search?q=" + encode("کراچی")));
      assertThat(found.get("hits").findValuesAsText("id")).containsExactlyInAnyOrder("new-1",
          "plain-01");
      assertThat(json(writable.get("/api/reports/new-1")).get("headline").asText())
          .isEqualTo("نئی خبر");

      HttpResponse<String> bad = writable.post("/api/reports", "application/json",
          "[{\"id\": \"new-2\", \"body\": \"ٹھیک\"}, {\"headline\": \"بغیر شناخت\"}]");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).get("message").asText()).contains("report 2 of 2")
          .contains("nothing was stored");
      assertThat(writable.get("/api/reports/new-2").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void thePageAndItsFilesAreServedFromThisServerOnly() throws Exception {
    HttpResponse<String> index = server.get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(index.headers().firstValue("Content-Security-Policy")).hasValue(
        StaticPages.CONTENT_SECURITY_POLICY);
    assertThat(index.body()).contains("dir=\"rtl\"").contains("/static/app.js")
        .doesNotContain("http://").doesNotContain("https://");
    assertThat(server.get("/static/khabar.css").body()).contains("Noto Nastaliq Urdu")
        .doesNotContain("http");
    assertThat(server.get("/static/app.js").headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    assertThat(server.get("/static/noto-nastaliq-urdu-arabic-400-normal.woff2").statusCode())
        .isEqualTo(200);
    assertThat(server.get("/static/noto-nastaliq-urdu-ofl.txt").body())
        .contains("SIL OPEN FONT LICENSE");
  }
}
