package org.khabar.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.khabar.UrduPipeline;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.Indexer;

/** The archive of the bundled examples that {@code demo} and {@code serve} show. */
final class DemoArchive {

  private DemoArchive() {}

  /** The project's examples folder. */
  static Path examples() {
    return Home.resolve(Path.of("examples"));
  }

  /** Builds a new archive of the reports in {@code examples} in {@code folder}. */
  static Indexer.Summary build(Path examples, Path folder, PrintWriter out)
      throws IOException, ArchiveException {
    delete(folder);
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, ArchiveOptions.analyzer())) {
      return new Indexer(archive, UrduPipeline.full(), 2, 1000, new Indexer.Listener() {
        @Override
        public void progress(long done, long skipped) {}

        @Override
        public void skipped(String problem) {
          out.println("skipped: " + problem);
        }
      }).index(List.of(examples));
    }
  }

  /** Removes an archive left by an earlier run; only a folder that is an archive. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder.resolve(Archive.MARKER))) {
      return;
    }
    try (var files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
