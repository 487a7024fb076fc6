package org.khabar.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of the tests, removed when the test run ends. */
final class TempFolders {

  private TempFolders() {}

  static void deleteAtExit(Path folder) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException ignored) {
        // a folder left in the temp folder does no harm
      }
    }));
  }
}
