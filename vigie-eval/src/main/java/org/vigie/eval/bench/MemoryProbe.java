package org.vigie.eval.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap and GC time of this JVM over a measured phase. The peak is the sum of the heap pools'
 * peak usages since {@link #start()}; it includes every model already loaded, of any language.
 */
public final class MemoryProbe {
  private long gcMillisAtStart;

  /** Resets the pools' peaks and remembers the GC time so far. */
  public static MemoryProbe start() {
    MemoryProbe probe = new MemoryProbe();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
    probe.gcMillisAtStart = gcMillis();
    return probe;
  }

  /** Sum of the heap pools' peak usage since {@link #start()}, in bytes. */
  public long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Milliseconds spent in garbage collection since {@link #start()}. */
  public long gcMillisSinceStart() {
    return gcMillis() - gcMillisAtStart;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
