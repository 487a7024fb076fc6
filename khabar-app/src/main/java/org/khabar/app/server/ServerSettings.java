package org.khabar.app.server;

/**
 * How the server runs.
 *
 * @param writable whether {@code POST /api/reports} may add reports to the archive
 * @param maxAnalyzeBytes the largest text {@code POST /api/analyze} takes
 * @param maxReportsBytes the largest body {@code POST /api/reports} takes
 * @param maxReportsPerRequest the most reports one {@code POST /api/reports} may carry
 */
public record ServerSettings(boolean writable, long maxAnalyzeBytes, long maxReportsBytes,
    int maxReportsPerRequest) {

  /** Read-only, 1 MiB of text to analyse, 16 MiB and 1,000 reports per upload. */
  public static ServerSettings defaults() {
    return new ServerSettings(false, 1 << 20, 16 << 20, 1000);
  }

  public ServerSettings withWritable(boolean newWritable) {
    return new ServerSettings(newWritable, maxAnalyzeBytes, maxReportsBytes,
        maxReportsPerRequest);
  }

  /** The largest body any route takes; Jetty refuses anything larger before it is read. */
  long maxRequestBytes() {
    return Math.max(maxAnalyzeBytes, maxReportsBytes);
  }
}
