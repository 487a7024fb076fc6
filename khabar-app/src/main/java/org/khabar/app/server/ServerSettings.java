package org.khabar.app.server;

/**
 * How the server runs.
 *
 * @param writable whether {@code POST /api/reports} may add reports to the archive
 * @param maxAnalyzeBytes the largest text {@code POST /api/analyze} takes
 * @param maxReportsBytes the largest body {@code POST /api/reports} takes
 * @param maxReportsPerRequest the most reports one {@code POST /api/reports} may carry
 * @param searchCacheEntries how many recent search answers are kept (0: none)
 */
public record ServerSettings(boolean writable, long maxAnalyzeBytes, long maxReportsBytes,
    int maxReportsPerRequest, int searchCacheEntries) {

  /** How long a kept search answer is served, at most. */
  static final long SEARCH_CACHE_MILLIS = 30_000;

  /**
   * Read-only, 1 MiB of text to analyse, 16 MiB and 1,000 reports per upload, the last 2,000
   * search answers kept.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(false, 1 << 20, 16 << 20, 1000, 2000);
  }

  public ServerSettings withWritable(boolean newWritable) {
    return new ServerSettings(newWritable, maxAnalyzeBytes, maxReportsBytes,
        maxReportsPerRequest, searchCacheEntries);
  }

  public ServerSettings withSearchCache(int entries) {
    return new ServerSettings(writable, maxAnalyzeBytes, maxReportsBytes, maxReportsPerRequest,
        entries);
  }

  /** The largest body any route takes; Jetty refuses anything larger before it is read. */
  long maxRequestBytes() {
    return Math.max(maxAnalyzeBytes, maxReportsBytes);
  }
}
