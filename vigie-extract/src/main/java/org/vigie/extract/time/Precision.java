package org.vigie.extract.time;

import java.util.Locale;

/**
 * How fine a resolved value is, from a century to a part of a day. A duration has the precision of
 * its unit ("66 jours" is {@code DAY}); a symbolic value such as {@code PRESENT_REF} has
 * {@code NONE}.
 */
public enum Precision {
  CENTURY, DECADE, YEAR, SEASON, MONTH, WEEK, DAY, PART_OF_DAY, TIME, NONE;

  /** The name in Vigie's JSON output: lower case ({@code day}, {@code part_of_day}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
