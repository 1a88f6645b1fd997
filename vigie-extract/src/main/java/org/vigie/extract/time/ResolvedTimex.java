package org.vigie.extract.time;

import java.time.LocalDate;

/**
 * A temporal expression with its value worked out against a reference date.
 *
 * @param timex the expression
 * @param value the TimeML value: an ISO date or part of one ({@code 2023-12-11}, {@code 2023-12},
 *     {@code 2023}, {@code 2023-W49}, {@code 2023-SU}, {@code 196} for a decade, {@code 19} for a
 *     century), with a part of day for a TIME ({@code 2023-12-11TEV}), a duration ({@code P66D},
 *     {@code PT30.4S}, {@code PXD} for "quelques jours"), a recurrence ({@code P1M},
 *     {@code XXXX-WXX-1}) or a symbolic value ({@code PRESENT_REF}, {@code PAST_REF},
 *     {@code FUTURE_REF}); null when the expression needs a reference date and none was given
 * @param precision how fine the value is
 * @param start first day covered (the first of the month for {@code 2023-12}, the start of the
 *     period for "depuis le 7 octobre" or "au cours des 66 jours"), or null
 * @param end last day covered (the reference date for a period that runs to it), or null
 * @param anchor what the value rests on
 */
public record ResolvedTimex(Timex timex, String value, Precision precision, LocalDate start, LocalDate end,
    Anchor anchor) {

  /**
   * The value without a part of day ({@code 2023-12-11} for {@code 2023-12-11TEV}), for callers who
   * date events to the day; null when the value is null.
   */
  public String dateValue() {
    if (value == null) {
      return null;
    }
    int t = value.indexOf('T');
    return t > 0 && Character.isDigit(value.charAt(0)) ? value.substring(0, t) : value;
  }
}
