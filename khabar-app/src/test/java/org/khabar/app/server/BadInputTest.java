package org.khabar.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.app.server.TestServer.encode;
import static org.khabar.app.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests no reader should send: each gets the right status and a clear JSON message. */
class BadInputTest {

  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.readOnly();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @AfterEach
  void serverIsStillUp() throws Exception {
    assertThat(server.get("/api/search?q=" + encode("شام")).statusCode()).isEqualTo(200);
  }

  private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode body = json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).isNotBlank();
    return body;
  }

  @Test
  void malformedJsonIsABadRequest() throws Exception {
    assertThat(error(server.post("/api/analyze", "application/json", "{\"text\": "), 400)
        .get("message").asText()).contains("not valid JSON");
    assertThat(error(server.post("/api/analyze", "application/json", "[1, 2]"), 400)
        .get("message").asText()).contains("\"text\"");
    assertThat(error(server.post("/api/analyze", "application/json",
        "{\"text\": \"x\", \"date\": \"yesterday\"}"), 400).get("message").asText())
        .contains("2015-09-30");
    try (TestServer writable = TestServer.writable()) {
      error(writable.post("/api/reports", "application/json", "{\"id\": "), 400);
      error(writable.post("/api/reports", "application/json", "\"just a string\""), 400);
      error(writable.post("/api/reports", "application/json", "[]"), 400);
    }
  }

  @Test
  void wrongContentTypesAreUnsupported() throws Exception {
    assertThat(error(server.post("/api/analyze", "application/xml", "<text/>"), 415)
        .get("message").asText()).contains("text/plain or application/json");
    assertThat(error(server.post("/api/analyze", null, "شام"), 415).get("message").asText())
        .contains("no Content-Type");
    error(server.post("/api/analyze", "text/plain; charset=iso-8859-1", "abc"), 415);
    try (TestServer writable = TestServer.writable()) {
      error(writable.post("/api/reports", "text/plain", "{}"), 415);
    }
  }

  @Test
  void bodiesThatAreNotUtf8AreRefused() throws Exception {
    HttpResponse<String> response = server.send(HttpRequest.newBuilder(
            server.base.resolve("/api/analyze"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xC3, (byte) 0x28})));
    assertThat(error(response, 400).get("message").asText()).contains("UTF-8");
  }

  @Test
  void hugeBodiesAreTooLarge() throws Exception {
    String huge = "شام ".repeat(300_000);
    assertThat(error(server.post("/api/analyze", "text/plain", huge), 413).get("message")
        .asText()).contains("bytes");
    byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(
            server.base.resolve("/api/analyze"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    error(chunked, 413);
    try (TestServer writable = new TestServer(FixtureArchive.openWritableCopy(),
        new ServerSettings(true, 1 << 20, 1 << 20, 2, 0))) {
      error(writable.post("/api/reports", "application/json",
          "[{\"id\":\"a\",\"body\":\"x\"},{\"id\":\"b\",\"body\":\"x\"},{\"id\":\"c\",\"body\":"
              + "\"x\"}]"), 413);
    }
  }

  @Test
  void unknownRoutesAndMethodsAreNamed() throws Exception {
    assertThat(error(server.get("/api/nothing"), 404).get("message").asText())
        .contains("/api/openapi.json");
    error(server.get("/no/such/page"), 404);
    error(server.send(HttpRequest.newBuilder(server.base.resolve("/api/search"))
        .DELETE()), 405);
    error(server.get("/static/missing.js"), 404);
  }

  @Test
  void unknownIdsAreNotFound() throws Exception {
    assertThat(error(server.get("/api/reports/no-such-report"), 404).get("message").asText())
        .contains("no-such-report");
    error(server.get("/api/entities/" + encode("person:کوئی نہیں")), 404);
    error(server.get("/api/entities/" + encode("planet:مریخ")), 400);
    error(server.get("/api/entities/" + encode("no-colon")), 400);
    error(server.get("/api/entities?type=planet"), 400);
    error(server.get("/api/reports/" + "x".repeat(600)), 400);
  }

  @Test
  void queriesWithControlCharactersOrOutOfRangeValuesAreBadRequests() throws Exception {
    assertThat(error(server.get("/api/search?q=%01%02%03%04%1b%7f"), 400).get("message")
        .asText()).contains("control character");
    error(server.get("/api/search?person=%00"), 400);
    error(server.get("/api/search?q=" + "ش".repeat(1001)), 400);
    error(server.get("/api/search?page=0"), 400);
    error(server.get("/api/search?size=1000"), 400);
    error(server.get("/api/search?page=abc"), 400);
    error(server.get("/api/search?page=5000"), 400);
    error(server.get("/api/search?from=2016-13-01"), 400);
    error(server.get("/api/search?sort=sideways"), 400);
    assertThat(error(server.get("/api/search?q=" + encode("date:yesterday")), 400)
        .get("message").asText()).contains("not a date");
    HttpResponse<String> tabs = server.get("/api/search?q=" + encode("شام\tلاہور\n"));
    assertThat(tabs.statusCode()).isEqualTo(200);
  }

  @Test
  void brokenQuerySyntaxIsSearchedAsWordsWithANote() throws Exception {
    HttpResponse<String> response = server.get("/api/search?q=" + encode("\"شام (لاہور"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("notes").get(0).asText()).contains("could not be read");
  }

  @Test
  void noRequestReachesFilesOutsideTheArchive() throws Exception {
    error(server.get("/static/..%2F..%2F..%2Fetc%2Fpasswd"), 404);
    error(server.get("/static/%2e%2e%2fserver%2fopenapi.json"), 404);
    HttpResponse<String> report = server.get("/api/reports/..%2F..%2Fetc%2Fpasswd");
    assertThat(report.statusCode()).isIn(400, 404);
    assertThat(report.body()).doesNotContain("root:");
  }

  @Test
  void aClientThatHangsUpMidRequestLeavesTheServerUp() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 100000\r\n\r\nشام").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    try (Socket socket = new Socket("127.0.0.1", server.base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/search?q=" + encode("شام") + "&size=100 HTTP/1.1\r\nHost: x\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      assertThat(in.read()).isEqualTo('H');
    }
    try (Socket socket = new Socket("127.0.0.1", server.base.getPort())) {
      socket.getOutputStream().write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] answer = socket.getInputStream().readNBytes(12);
      assertThat(new String(answer, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 400");
    }
  }
}
