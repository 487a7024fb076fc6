package org.khabar.app.server;

/**
 * How the server runs.
 *
 * @param writable whether {@code POST /api/reports} may add reports to the archive
 * @param maxAnalyzeBytes the largest text {@code POST /api/analyze} takes
 * @param maxReportsBytes the largest body {@code POST /api/reports} takes
 * @param maxReportsPerRequest the most reports one {@code POST /api/reports} may carry
 * @param searchCacheEntries how many recent search answers are kept (0: none)
 * @param analysisThreads how many {@code POST /api/analyze} requests analyse at once; the
 *     others wait their turn, so that a burst of analyses leaves cores to searches
 */
public record ServerSettings(boolean writable, long maxAnalyzeBytes, long maxReportsBytes,
    int maxReportsPerRequest, int searchCacheEntries, int analysisThreads) {

  public ServerSettings(boolean writable, long maxAnalyzeBytes, long maxReportsBytes,
      int maxReportsPerRequest, int searchCacheEntries) {
    this(writable, maxAnalyzeBytes, maxReportsBytes, maxReportsPerRequest, searchCacheEntries,
        defaultAnalysisThreads());
  }

  public ServerSettings {
    if (analysisThreads < 1 || analysisThreads > 1024) {
      throw new IllegalArgumentException("--analysis-threads must be from 1 to 1024, not "
          + analysisThreads);
    }
  }

  /** All cores but one, at least one: searches keep a core however many analyses come. */
  static int defaultAnalysisThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  /** How long a kept search answer is served, at most. */
  static final long SEARCH_CACHE_MILLIS = 30_000;

  /**
   * Read-only, 1 MiB of text to analyse, 16 MiB and 1,000 reports per upload, the last 2,000
   * search answers kept, analyses on all cores but one.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(false, 1 << 20, 16 << 20, 1000, 2000);
  }

  public ServerSettings withWritable(boolean newWritable) {
    return new ServerSettings(newWritable, maxAnalyzeBytes, maxReportsBytes,
        maxReportsPerRequest, searchCacheEntries, analysisThreads);
  }

  public ServerSettings withSearchCache(int entries) {
    return new ServerSettings(writable, maxAnalyzeBytes, maxReportsBytes, maxReportsPerRequest,
        entries, analysisThreads);
  }

  public ServerSettings withAnalysisThreads(int threads) {
    return new ServerSettings(writable, maxAnalyzeBytes, maxReportsBytes, maxReportsPerRequest,
        searchCacheEntries, threads);
  }

  /** The largest body any route takes; Jetty refuses anything larger before it is read. */
  long maxRequestBytes() {
    return Math.max(maxAnalyzeBytes, maxReportsBytes);
  }
}
