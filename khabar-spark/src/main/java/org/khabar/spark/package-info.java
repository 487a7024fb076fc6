/**
 * Khabar as a plain Spark job: reads reports (JSON Lines or Parquet), analyses each with the
 * Khabar pipeline, and writes the analysis as Parquet tables ({@code reports}, {@code mentions},
 * {@code statements}, {@code related}, {@code rejects}). See {@link
 * org.khabar.spark.job.KhabarSparkJob}.
 */
package org.khabar.spark;
