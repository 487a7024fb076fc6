package org.khabar.app.cli;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.khabar.lucene.UrduAnalyzer;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import picocli.CommandLine.Option;

/** Which archive a command works on. */
final class ArchiveOptions {

  @Option(
      names = {"-a", "--archive"},
      paramLabel = "DIR",
      description = "The archive folder (default: $KHABAR_ARCHIVE, else ./archive).")
  Path archive;

  Path folder() {
    if (archive != null) {
      return archive;
    }
    String env = System.getenv("KHABAR_ARCHIVE");
    return Path.of(env != null && !env.isBlank() ? env : "archive");
  }

  Archive open(Archive.Mode mode) throws ArchiveException {
    return Archive.open(folder(), mode, analyzer());
  }

  /** The analyzer of the archive's text fields. */
  static Analyzer analyzer() {
    return new UrduAnalyzer();
  }
}
