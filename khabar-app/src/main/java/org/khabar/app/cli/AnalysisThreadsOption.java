package org.khabar.app.cli;

import org.khabar.app.server.ServerSettings;
import picocli.CommandLine.Option;

/** How many analyses the server runs at once ({@code serve}, {@code bench serve}). */
final class AnalysisThreadsOption {

  @Option(names = "--analysis-threads", paramLabel = "N",
      description = "How many texts POST /api/analyze analyses at once; the others wait their"
          + " turn, so that searches keep a core (default: all cores but one; as many as there"
          + " are clients to let analyses compete with searches for the cores).")
  Integer analysisThreads;

  /** {@code settings} with the number given, or as they are if none was. */
  ServerSettings applyTo(ServerSettings settings) {
    return analysisThreads == null ? settings : settings.withAnalysisThreads(analysisThreads);
  }
}
