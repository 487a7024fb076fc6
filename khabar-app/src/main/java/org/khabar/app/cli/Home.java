package org.khabar.app.cli;

import java.nio.file.Path;

/** The project folder, which the launcher passes as {@code KHABAR_HOME}. */
final class Home {

  private Home() {}

  /** {@code path} against the project folder if it is relative and the folder is known. */
  static Path resolve(Path path) {
    String home = System.getenv("KHABAR_HOME");
    if (path.isAbsolute() || home == null || home.isBlank()) {
      return path;
    }
    return Path.of(home).resolve(path);
  }
}
