package org.vigie.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
  private static final long[] TEN = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};

  @Test
  void nearestRankPercentiles() {
    assertThat(Stats.percentile(TEN, 50)).isEqualTo(5);   // 5 of 10 values are <= 5
    assertThat(Stats.percentile(TEN, 95)).isEqualTo(10);  // rank ceil(9.5) = 10
    assertThat(Stats.percentile(TEN, 90)).isEqualTo(9);
    assertThat(Stats.percentile(TEN, 100)).isEqualTo(10);
    assertThat(Stats.percentile(TEN, 1)).isEqualTo(1);
    assertThat(Stats.percentile(new long[] {42}, 50)).isEqualTo(42);
  }

  @Test
  void percentileLeavesItsInputUnsorted() {
    long[] values = {3, 1, 2};
    Stats.percentile(values, 50);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void percentileRejectsNoValuesAndOutOfRangeRanks() {
    assertThatThrownBy(() -> Stats.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(TEN, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(TEN, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratesPerSecond() {
    assertThat(Stats.perSecond(60, 30_000_000_000L)).isCloseTo(2.0, within(1e-9));
    assertThat(Stats.perSecond(1_500, 500_000_000L)).isCloseTo(3_000.0, within(1e-9));
    assertThat(Stats.perSecond(5, 0)).isZero();
    assertThatThrownBy(() -> Stats.perSecond(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
