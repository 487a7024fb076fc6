package org.khabar.spark.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The memory this JVM (in local mode: the driver and its one executor) needed: the most heap in
 * use at once, the most heap still live after a garbage collection (what the work really holds),
 * and the most resident memory of the process.
 */
public final class MemoryPeaks {

  private final AtomicLong liveAfterGc = new AtomicLong();
  private final Set<String> heapPools = new HashSet<>();

  /** Starts watching the garbage collections. */
  public MemoryPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (notification.getType().equals(
              GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool
                : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
              }
            }
            liveAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
  }

  /** Forgets the peaks so far (after a warm-up). */
  public void reset() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    liveAfterGc.set(0);
  }

  /** The sum of the heap pools' peaks since the last reset, in bytes (an upper bound). */
  public long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The most heap live after any collection since the last reset, in bytes. */
  public long liveHeapPeak() {
    return liveAfterGc.get();
  }

  /** The process's peak resident memory (VmHWM) in bytes, or -1 where /proc does not say. */
  public static long residentPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return -1;
  }
}
