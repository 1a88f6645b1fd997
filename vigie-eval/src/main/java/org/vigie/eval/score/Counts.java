package org.vigie.eval.score;

/**
 * Gold items, system items and matches of one row of a score table, with precision, recall and F1.
 *
 * <p>Convention for empty rows: precision is 0 when the system produced nothing, recall is 0 when
 * the gold has nothing, and F1 is 0 when both are 0 (scikit-learn's {@code zero_division=0}). An
 * empty output therefore scores P = R = F1 = 0, never a flattering 1.
 */
public record Counts(int gold, int system, int matched) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (gold < 0 || system < 0 || matched < 0 || matched > gold || matched > system) {
      throw new IllegalArgumentException("bad counts gold=" + gold + " system=" + system + " matched=" + matched);
    }
  }

  public double precision() {
    return system == 0 ? 0.0 : (double) matched / system;
  }

  public double recall() {
    return gold == 0 ? 0.0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Counts plus(Counts other) {
    return new Counts(gold + other.gold, system + other.system, matched + other.matched);
  }
}
