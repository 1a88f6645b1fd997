package org.vigie.eval.bench;

import java.util.Arrays;

/** The few statistics a benchmark report needs. */
public final class Stats {
  private Stats() {
  }

  /**
   * The nearest-rank percentile of {@code values}: the smallest value such that at least {@code p}
   * percent of the values are less than or equal to it (p = 50 is the median, 100 the maximum).
   *
   * @throws IllegalArgumentException if {@code values} is empty or p is not in (0, 100]
   */
  public static long percentile(long[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("percentile of no values");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** Items per second; 0 when no time was measured. */
  public static double perSecond(long count, long nanos) {
    if (count < 0 || nanos < 0) {
      throw new IllegalArgumentException("negative count or time: " + count + ", " + nanos);
    }
    return nanos == 0 ? 0 : count * 1e9 / nanos;
  }
}
