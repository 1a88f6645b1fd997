package org.vigie.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTimesTest {
  @Test
  void rowsListEveryStandardStageInOrderThenUnknownOnes() {
    StageTimes times = new StageTimes(Map.of("nlp", 300L, "read", 100L, "zeta", 100L));
    assertThat(times.rows()).extracting(StageTimes.Row::stage)
        .containsExactly("read", "language", "nlp", "entities", "events", "time", "facts", "zeta");
  }

  @Test
  void absentStagesHaveNoTimeAndSharesAddUpToOne() {
    StageTimes times = new StageTimes(Map.of("read", 100L, "nlp", 300L));
    StageTimes.Row read = times.rows().get(0);
    StageTimes.Row language = times.rows().get(1);
    StageTimes.Row nlp = times.rows().get(2);
    assertThat(read.share()).isCloseTo(0.25, within(1e-9));
    assertThat(nlp.share()).isCloseTo(0.75, within(1e-9));
    assertThat(language.nanos()).isNull();
    assertThat(times.rows().stream().mapToDouble(StageTimes.Row::share).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void noTimeAtAllGivesZeroShares() {
    assertThat(new StageTimes(Map.of()).rows()).allSatisfy(row -> assertThat(row.share()).isZero());
  }

  @Test
  void clockAddsUpFromSeveralThreads() throws InterruptedException {
    StageClock clock = new StageClock();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 1_000; i++) {
          clock.stageFinished("nlp", 2);
          clock.stageFinished("entities", 1);
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(clock.snapshot().nanos()).containsExactlyInAnyOrderEntriesOf(Map.of("nlp", 8_000L, "entities", 4_000L));
  }

  @Test
  void clockRejectsNegativeTimes() {
    assertThatThrownBy(() -> new StageClock().stageFinished("nlp", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
