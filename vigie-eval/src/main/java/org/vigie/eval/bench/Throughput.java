package org.vigie.eval.bench;

/**
 * What one measured phase (after warm-up) achieved.
 *
 * @param articles articles processed
 * @param tokens tokens in them
 * @param wallNanos wall-clock time of the phase
 * @param medianNanos median time of one article (on its thread)
 * @param p95Nanos 95th percentile time of one article
 * @param maxNanos slowest article
 * @param peakHeapBytes peak heap during the phase (every loaded model included)
 * @param gcMillis time spent in garbage collection during the phase
 */
public record Throughput(int articles, long tokens, long wallNanos, long medianNanos, long p95Nanos,
    long maxNanos, long peakHeapBytes, long gcMillis) {
  public Throughput {
    if (articles < 0 || tokens < 0 || wallNanos < 0) {
      throw new IllegalArgumentException("negative articles, tokens or time");
    }
  }

  /** Builds a phase result from per-article times. */
  public static Throughput of(long[] articleNanos, long tokens, long wallNanos, MemoryProbe memory) {
    boolean none = articleNanos.length == 0;
    return new Throughput(articleNanos.length, tokens, wallNanos,
        none ? 0 : Stats.percentile(articleNanos, 50), none ? 0 : Stats.percentile(articleNanos, 95),
        none ? 0 : Stats.percentile(articleNanos, 100), memory.peakHeapBytes(), memory.gcMillisSinceStart());
  }

  public double articlesPerSecond() {
    return Stats.perSecond(articles, wallNanos);
  }

  public double tokensPerSecond() {
    return Stats.perSecond(tokens, wallNanos);
  }
}
