package org.khabar.spark.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.khabar.spark.bench.MemoryPeaks;
import org.khabar.spark.bench.RunResult;
import org.khabar.spark.job.JobSettings;
import org.khabar.spark.job.JobSummary;
import org.khabar.spark.job.KhabarSparkJob;
import org.khabar.spark.related.LshSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar bench spark-run}: one configuration of {@code bench spark}, in a JVM of its own:
 * a warm-up run of the job, then the timed run, then one {@code RESULT} line.
 */
@Command(name = "spark-run", hidden = true,
    description = "One timed run of the job for bench spark (run by it in a JVM of its own).")
final class BenchSparkRunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WARMUP") String warmup;

  @Parameters(index = "1", paramLabel = "IN") String input;

  @Parameters(index = "2", paramLabel = "OUT") String output;

  @Option(names = "--master", required = true) String master;

  @Option(names = "--window-days", defaultValue = "0") int windowDays;

  @Override
  public Integer call() {
    MemoryPeaks memory = new MemoryPeaks();
    SparkSession spark = LocalSpark.session("khabar bench spark", master);
    try {
      KhabarSparkJob job = new KhabarSparkJob(spark);
      LshSettings lsh = LshSettings.DEFAULT.withWindowDays(windowDays);
      job.run(JobSettings.of(warmup, output + "/warmup").withOverwrite(true).withLsh(lsh));
      memory.reset();
      long cpuBefore = cpuNanos();
      JobSummary summary = job.run(JobSettings.of(input, output + "/timed").withOverwrite(true)
          .withLsh(lsh));
      double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
      spec.commandLine().getOut().println(new RunResult(master, summary.reports(),
          summary.seconds(), summary.analysisSeconds(), cpuSeconds, memory.heapPeak(), memory.liveHeapPeak(), MemoryPeaks.residentPeak())
          .toLine());
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }

  /** CPU time of this JVM, all threads. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
