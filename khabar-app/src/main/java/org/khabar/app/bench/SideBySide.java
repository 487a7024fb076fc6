package org.khabar.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs contestants over the same documents in interleaved rounds (A B C, A B C, ...) after a
 * warm-up, on one thread, and reports each one's median throughput. Interleaving keeps the
 * comparison fair on a noisy machine: a slow spell hurts every contestant alike. Both wall-clock
 * and CPU time (of the one thread) are measured; CPU time is steadier on a shared machine.
 */
public final class SideBySide {

  /** The measured median throughput of one contestant. */
  public record Score(
      String name, double mbPerSecond, double mbPerCpuSecond, long count, double[] roundSeconds) {}

  private final List<Contestant> contestants;
  private final int warmupRounds;
  private final int rounds;

  public SideBySide(List<Contestant> contestants, int warmupRounds, int rounds) {
    this.contestants = List.copyOf(contestants);
    this.warmupRounds = warmupRounds;
    this.rounds = rounds;
  }

  public List<Score> run(List<String> documents, long bytes, PrintWriter progress)
      throws Exception {
    for (int round = 0; round < warmupRounds; round++) {
      for (Contestant contestant : contestants) {
        progress.printf("warm-up %d/%d: %s%n", round + 1, warmupRounds, contestant.name());
        progress.flush();
        contestant.run(documents);
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Contestant, double[]> seconds = new LinkedHashMap<>();
    Map<Contestant, double[]> cpuSeconds = new LinkedHashMap<>();
    Map<Contestant, Long> counts = new LinkedHashMap<>();
    contestants.forEach(c -> seconds.put(c, new double[rounds]));
    contestants.forEach(c -> cpuSeconds.put(c, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (Contestant contestant : contestants) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long count = contestant.run(documents);
        double elapsed = (System.nanoTime() - start) / 1e9;
        seconds.get(contestant)[round] = elapsed;
        cpuSeconds.get(contestant)[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        counts.put(contestant, count);
        progress.printf(Locale.ROOT, "round %d/%d: %-28s %7.2f MB/s%n", round + 1, rounds,
            contestant.name(), bytes / 1e6 / elapsed);
        progress.flush();
      }
    }
    List<Score> scores = new ArrayList<>();
    for (Contestant contestant : contestants) {
      double[] times = seconds.get(contestant);
      double median = median(times);
      double cpu = median(cpuSeconds.get(contestant));
      scores.add(new Score(contestant.name(), bytes / 1e6 / median, bytes / 1e6 / cpu,
          counts.get(contestant), times));
    }
    return scores;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
