package org.khabar.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the shared training and evaluation data lives ({@code ../shared/data} by default). */
final class DataOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data folder (default: $KHABAR_DATA, else ../shared/data).")
  Path data;

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("KHABAR_DATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of("..", "shared", "data");
  }

  /** The news articles the benchmarks read: COUNTER and the XL-Sum Urdu articles. */
  List<Path> newsFiles() {
    return List.of(require("news/counter.jsonl"), require("news/xlsum-ur.jsonl"));
  }

  /** A file under the data folder, failing with a clear message if it is not there. */
  Path require(String relative) {
    Path path = dataDir().resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(
          "missing data file " + path + " (set --data or KHABAR_DATA to the shared data folder)");
    }
    return path;
  }
}
