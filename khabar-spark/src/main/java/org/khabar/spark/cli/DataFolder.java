package org.khabar.spark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the shared evaluation data lives: --data, else $KHABAR_DATA, else ../shared/data. */
final class DataFolder {

  @Option(names = "--data", paramLabel = "DIR",
      description = "The data folder (default: $KHABAR_DATA, else ../shared/data).")
  Path data;

  /** A file under the data folder, failing with a clear message if it is not there. */
  Path require(String relative) {
    Path folder = data;
    if (folder == null) {
      String env = System.getenv("KHABAR_DATA");
      folder = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
    }
    Path path = folder.resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(
          "missing data file " + path + " (set --data or KHABAR_DATA to the shared data folder)");
    }
    return path;
  }
}
