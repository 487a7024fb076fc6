package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Main;
import org.khabar.archive.Archive;

/** {@code khabar serve} as a process: it says where it listens, and stops cleanly. */
class ServeCommandTest {

  private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir Path folder;

  @Test
  void printsItsAddressAndKeepsWhatWasAddedWhenStopped() throws Exception {
    Path archive = folder.resolve("archive");
    Process serve = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0", "--writable", "--archive", archive.toString()))
        .redirectErrorStream(true).start();
    try {
      URI base = address(serve);
      assertThat(base.getHost()).isEqualTo("127.0.0.1");
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> added = client.send(HttpRequest.newBuilder(
              base.resolve("/api/reports"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"id\": \"kept\", \"body\": \"کراچی میں بارش ہوئی۔\"}", StandardCharsets.UTF_8))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    } finally {
      serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hook
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    try (Archive reopened = Archive.open(archive, Archive.Mode.READ,
        ArchiveOptions.analyzer())) {
      assertThat(reopened.get("kept")).isPresent();
    }
  }

  private static URI address(Process serve) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
        StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = lines.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher matcher = ADDRESS.matcher(line);
      if (matcher.find()) {
        return URI.create(matcher.group(1));
      }
    }
    throw new AssertionError("khabar serve printed no address:\n" + seen);
  }
}
