package org.khabar.spark.analysis;

import org.khabar.UrduPipeline;
import org.khabar.pipeline.Pipeline;

/**
 * The Khabar pipeline of this JVM: built on first use, once per executor, and shared by the
 * executor's task threads (the stages keep no state between documents). Nothing of it is ever
 * serialized with a task; tasks only name this class.
 */
public final class SharedPipeline {

  private SharedPipeline() {}

  /** The JVM's pipeline ({@link UrduPipeline#full()}), built by the first caller. */
  public static Pipeline get() {
    return Holder.PIPELINE;
  }

  /** Initialized by the JVM on first access, exactly once, thread-safely. */
  private static final class Holder {
    static final Pipeline PIPELINE = UrduPipeline.full();
  }
}
