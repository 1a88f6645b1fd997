package org.vigie.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  // 10 articles, 2,000 tokens in 4 s: 2.5 articles/s and 500 tokens/s; the baseline takes 20 s.
  private static final Throughput VIGIE = new Throughput(10, 2_000, 4_000_000_000L, 300_000_000L,
      900_000_000L, 1_000_000_000L, 512L * 1024 * 1024, 42);
  private static final Throughput BASELINE = new Throughput(10, 2_100, 20_000_000_000L, 1, 2, 3, 0, 0);
  private static final StageTimes STAGES = new StageTimes(Map.of("read", 1_000_000_000L, "nlp", 3_000_000_000L));

  @Test
  void textShowsRatesSharesAndNotAvailableStages() {
    String text = BenchReport.text(List.of(new LanguageResult("fr", 1, 5, VIGIE, STAGES, 0, null, null)));
    assertThat(text)
        .contains("== fr: 10 articles, 2000 tokens, 1 thread(s), after 5 warm-up article(s)")
        .contains("2.50 articles/s, 500 tokens/s")
        .contains("peak heap 512 MiB, GC 42 ms")
        .containsPattern("read +1\\.000 s +25\\.0%")
        .containsPattern("nlp +3\\.000 s +75\\.0%")
        .containsPattern("events +n/a")
        .doesNotContain("Baseline");
  }

  @Test
  void textComparesWithTheBaseline() {
    String text = BenchReport.text(List.of(new LanguageResult("en", 2, 5, VIGIE, STAGES, 1, BASELINE, "parse")));
    assertThat(text).contains("Baseline  wall 20.000 s, 0.50 articles/s, 105 tokens/s")
        .contains("Vigie/baseline throughput: 5.00×").contains("1 article(s) failed");
  }

  @Test
  void jsonHasNullForAbsentStagesAndTheSpeedup() {
    String json = BenchReport.json(List.of(new LanguageResult("en", 2, 5, VIGIE, STAGES, 0, BASELINE, "parse")));
    assertThat(json).contains("\"events\" : null").contains("\"nlp\" : 3000.0")
        .contains("\"articles_per_s\" : 2.5").contains("\"speedup\" : 5.0").contains("\"setup\" : \"parse\"");
  }
}
