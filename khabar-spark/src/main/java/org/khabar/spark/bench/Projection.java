package org.khabar.spark.bench;

/**
 * Time and cost of a corpus on a cluster, projected from one core's speed and the measured
 * scaling from one core to two, under stated assumptions.
 *
 * @param reportsPerCoreSecond reports per second on one core ({@code local[1]})
 * @param efficiency speed per core with two cores over speed with one ({@code local[2]} over
 *     twice {@code local[1]}), assumed to hold for every core of every executor
 * @param overheadSeconds fixed time for starting executors and committing the tables
 */
public record Projection(double reportsPerCoreSecond, double efficiency, double overheadSeconds) {

  /** Hours to analyse {@code reports} on {@code executors} executors of {@code cores} cores. */
  public double hours(long reports, int executors, int cores) {
    double perSecond = reportsPerCoreSecond * efficiency * executors * cores;
    return (reports / perSecond + overheadSeconds) / 3600;
  }

  /** The cost at {@code pricePerExecutorHour}, billed for the whole run. */
  public double cost(long reports, int executors, int cores, double pricePerExecutorHour) {
    return hours(reports, executors, cores) * executors * pricePerExecutorHour;
  }
}
