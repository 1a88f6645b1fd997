package org.vigie.extract.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read in a text: the half-open character range of the whole expression (bound and range
 * words included: "au moins 30", "entre 10 et 15"), its text, its value, whether it is approximate
 * ("une vingtaine", "dozens", "environ 30"), and the bounds the text states ({@code min} for "plus de",
 * "at least" and ranges; {@code max} for "près de", "nearly", "up to" and ranges; null otherwise).
 * {@code value} is a decimal only where the text gives one ("2,5 %"); "1,2 million" is 1200000.
 */
public record Quantity(int start, int end, String text, BigDecimal value, boolean approximate,
                       BigDecimal min, BigDecimal max, Kind kind) {
  /** What the number counts: a count of things, or a percentage ("30 %", "12 per cent"). */
  public enum Kind { COUNT, PERCENT }

  public Quantity {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quantity offsets " + start + ".." + end);
    }
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
  }

  /** The value as a whole number, or null when it has a fractional part or does not fit a long. */
  public Long longValue() {
    return whole(value);
  }

  /** {@link #min()} as a whole number, or null. */
  public Long longMin() {
    return whole(min);
  }

  /** {@link #max()} as a whole number, or null. */
  public Long longMax() {
    return whole(max);
  }

  private static Long whole(BigDecimal number) {
    if (number == null) {
      return null;
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
