package org.vigie.eval.bench;

import java.util.Objects;

/**
 * The benchmark of one language.
 *
 * @param language ISO 639-1 code
 * @param threads worker threads
 * @param warmup articles processed before measuring (by Vigie and by the baseline)
 * @param vigie Vigie's measured phase; its wall time includes reading and language identification
 * @param stages time per stage over the measured articles
 * @param failed measured articles whose analysis ended with an error diagnostic
 * @param baseline the CoreNLP baseline on the same articles (annotation time only), or null when not run
 * @param baselineSetup what the baseline runs, in words, or null
 */
public record LanguageResult(String language, int threads, int warmup, Throughput vigie, StageTimes stages,
    int failed, Throughput baseline, String baselineSetup) {
  public LanguageResult {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(vigie, "vigie");
    Objects.requireNonNull(stages, "stages");
  }

  /** Vigie's article throughput divided by the baseline's; NaN without a baseline. */
  public double speedup() {
    if (baseline == null || baseline.articlesPerSecond() == 0) {
      return Double.NaN;
    }
    return vigie.articlesPerSecond() / baseline.articlesPerSecond();
  }
}
