package org.khabar.spark.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one timed run of the job on one master measured, passed from the child JVM that ran it
 * to the bench as one line: {@code RESULT key=value ...}.
 *
 * @param master the Spark master, e.g. {@code local[2]}
 * @param reports reports analysed
 * @param seconds wall-clock seconds of the job (the session already started and warmed up)
 * @param analysisSeconds of which reading, analysing and writing all but {@code related}
 * @param cpuSeconds CPU seconds the JVM used in that time, all threads
 * @param heapPeak the most heap in use at once, bytes
 * @param liveHeapPeak the most heap live after a collection, bytes
 * @param residentPeak the process's peak resident memory, bytes
 */
public record RunResult(String master, long reports, double seconds, double analysisSeconds,
    double cpuSeconds,
    long heapPeak,
    long liveHeapPeak, long residentPeak) {

  private static final String PREFIX = "RESULT ";

  public double reportsPerSecond() {
    return reports / seconds;
  }

  /** Reports per CPU-second: the speed on a machine shared with other work. */
  public double reportsPerCpuSecond() {
    return reports / cpuSeconds;
  }

  /** The line the child prints. */
  public String toLine() {
    return PREFIX + String.format(Locale.ROOT,
        "master=%s reports=%d seconds=%.3f analysisSeconds=%.3f cpuSeconds=%.3f heapPeak=%d"
            + " liveHeapPeak=%d residentPeak=%d",
        master, reports, seconds, analysisSeconds, cpuSeconds, heapPeak, liveHeapPeak,
        residentPeak);
  }

  /** The result in a line the child printed, or null if the line is not one. */
  public static RunResult parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
      int equals = pair.indexOf('=');
      fields.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return new RunResult(fields.get("master"), Long.parseLong(fields.get("reports")),
        Double.parseDouble(fields.get("seconds")),
        Double.parseDouble(fields.get("analysisSeconds")),
        Double.parseDouble(fields.get("cpuSeconds")),
        Long.parseLong(fields.get("heapPeak")),
        Long.parseLong(fields.get("liveHeapPeak")), Long.parseLong(fields.get("residentPeak")));
  }
}
