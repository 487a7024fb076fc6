package org.khabar.app.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import org.khabar.archive.Archive;

/** A server on a free port of 127.0.0.1 over an archive, with a client to call it. */
final class TestServer implements AutoCloseable {

  final Archive archive;
  final KhabarServer server;
  final URI base;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  TestServer(Archive archive, ServerSettings settings) {
    this.archive = archive;
    this.server = new KhabarServer(archive, settings).start("127.0.0.1", 0);
    this.base = URI.create("http://127.0.0.1:" + server.port());
  }

  static TestServer readOnly() throws Exception {
    return new TestServer(FixtureArchive.openForReading(), ServerSettings.defaults());
  }

  static TestServer writable() throws Exception {
    return new TestServer(FixtureArchive.openWritableCopy(),
        ServerSettings.defaults().withWritable(true));
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return Json.MAPPER.readTree(response.body());
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() throws Exception {
    server.close();
    archive.close();
  }
}
