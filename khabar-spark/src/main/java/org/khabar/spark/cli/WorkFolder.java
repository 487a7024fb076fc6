package org.khabar.spark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for a command's files, removed when the command is done. */
final class WorkFolder implements AutoCloseable {

  private final Path path;
  private final boolean keep;

  private WorkFolder(Path path, boolean keep) {
    this.path = path;
    this.keep = keep;
  }

  /** {@code given} if not null (kept afterwards), else a new temporary folder (removed). */
  static WorkFolder create(Path given, String prefix) {
    try {
      if (given != null) {
        return new WorkFolder(Files.createDirectories(given), true);
      }
      return new WorkFolder(Files.createTempDirectory(prefix), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    if (keep) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing for
    }
  }
}
