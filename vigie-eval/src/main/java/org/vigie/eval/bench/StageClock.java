package org.vigie.eval.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.vigie.extract.Pipeline;

/** Adds up the time spent in each stage, from any number of threads. */
public final class StageClock implements Pipeline.StageListener {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  @Override
  public void stageFinished(String stage, long elapsedNanos) {
    Objects.requireNonNull(stage, "stage");
    if (elapsedNanos < 0) {
      throw new IllegalArgumentException("negative time for stage " + stage + ": " + elapsedNanos);
    }
    nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
  }

  /** The totals so far. */
  public StageTimes snapshot() {
    Map<String, Long> totals = new LinkedHashMap<>();
    nanos.forEach((stage, sum) -> totals.put(stage, sum.sum()));
    return new StageTimes(totals);
  }
}
