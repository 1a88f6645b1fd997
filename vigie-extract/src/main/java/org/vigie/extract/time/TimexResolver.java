package org.vigie.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Works out the value of a {@link Timex} against a reference date (usually the publication date)
 * and the tense of its clause.
 *
 * <p>Conventions (news): a bare weekday in a past clause is the latest such day on or before the
 * reference (Monday in an article of Tuesday 2023-12-12 is 2023-12-11), in a future clause the
 * first on or after it, with an unknown tense as in a past clause; "dernier"/"last" is strictly before
 * ("vendredi dernier" is 2023-12-08), "prochain"/"next" strictly after. A month or day without a
 * year takes the reference's year, moved back a year when "dernier" or a past clause puts it
 * after the reference, forward when "prochain" or a future clause puts it before; with an
 * unknown tense, to the neighbouring year when that is nearer ("en décembre" in January). "la semaine
 * dernière" is the ISO week before the reference's. Without a reference date an expression that
 * needs one gets a null value and {@link Anchor#NONE}. Never throws.
 */
public final class TimexResolver {
  private TimexResolver() {
  }

  /**
   * The value of {@code timex}.
   *
   * @param timex an expression from {@link TimexReader#find(String)}
   * @param reference the reference date, or null when unknown
   * @param tense the tense of the expression's clause (null is taken as UNKNOWN)
   */
  public static ResolvedTimex resolve(Timex timex, LocalDate reference, Tense tense) {
    try {
      return doResolve(timex, reference, tense == null ? Tense.UNKNOWN : tense);
    } catch (RuntimeException e) {
      // arithmetic out of the calendar's range (year 999999999): no value rather than a crash
      return new ResolvedTimex(timex, null, Precision.NONE, null, null, Anchor.NONE);
    }
  }

  private static ResolvedTimex doResolve(Timex timex, LocalDate ref, Tense tense) {
    Reading r = timex.reading();
    switch (r.kind()) {
      case REF:
      case SET:
        return new ResolvedTimex(timex, r.value(), Precision.NONE, null, null, Anchor.ABSOLUTE);
      case DURATION: {
        String value = TimexParser.durationValue(r.amount(), r.unit());
        Precision precision = unitPrecision(r.unit());
        if (r.toReference() && ref != null) {
          LocalDate start = startOfSpan(ref, r.amount(), r.unit());
          return new ResolvedTimex(timex, value, precision, start, ref, Anchor.REFERENCE);
        }
        return new ResolvedTimex(timex, value, precision, null, null, Anchor.ABSOLUTE);
      }
      default:
        break;
    }
    if (r.needsReference() && ref == null) {
      return new ResolvedTimex(timex, null, Precision.NONE, null, null, Anchor.NONE);
    }
    Anchor anchor = r.needsReference() ? Anchor.REFERENCE : Anchor.ABSOLUTE;
    ResolvedTimex date = r.kind() == Reading.Kind.RELATIVE || r.kind() == Reading.Kind.ANAPHORIC
        ? relative(timex, r, ref, tense) : fields(timex, r, ref, tense);
    if (date == null) {
      return new ResolvedTimex(timex, null, Precision.NONE, null, null, anchor);
    }
    date = new ResolvedTimex(timex, date.value(), date.precision(), date.start(), date.end(), anchor);
    if (r.since() && ref != null && date.start() != null && !date.start().isAfter(ref)) {
      return new ResolvedTimex(timex, date.value(), date.precision(), date.start(), ref, anchor);
    }
    return date;
  }

  private static ResolvedTimex relative(Timex timex, Reading r, LocalDate ref, Tense tense) {
    int n = r.offset();
    if (r.unit().equals("WE") && n == 0 && tense == Tense.PAST && ref.getDayOfWeek().getValue() < 6) {
      n = -1; // "ils se sont rendus ce week-end" in a Tuesday paper: the weekend just gone
    }
    switch (r.unit()) {
      case "D": {
        LocalDate day = ref.plusDays(n);
        return day(timex, day, r.pod());
      }
      case "W":
      case "WE": {
        LocalDate day = ref.plusWeeks(n);
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        String week = String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (r.unit().equals("WE")) {
          return new ResolvedTimex(timex, week + "-WE", Precision.WEEK, monday.plusDays(5), monday.plusDays(6),
              Anchor.REFERENCE);
        }
        return new ResolvedTimex(timex, week, Precision.WEEK, monday, monday.plusDays(6), Anchor.REFERENCE);
      }
      case "M": {
        YearMonth month = YearMonth.from(ref).plusMonths(n);
        return month(timex, month);
      }
      case "Y":
        return year(timex, ref.getYear() + n);
      case "DE": {
        int decade = Math.floorDiv(ref.getYear(), 10) + n;
        return new ResolvedTimex(timex, String.valueOf(decade), Precision.DECADE, LocalDate.of(decade * 10, 1, 1),
            LocalDate.of(decade * 10 + 9, 12, 31), Anchor.REFERENCE);
      }
      case "CE": {
        int century = Math.floorDiv(ref.getYear(), 100) + n;
        return new ResolvedTimex(timex, String.format("%02d", century), Precision.CENTURY, null, null,
            Anchor.REFERENCE);
      }
      default:
        return null;
    }
  }

  private static ResolvedTimex fields(Timex timex, Reading r, LocalDate ref, Tense tense) {
    if (r.century() != null) {
      return new ResolvedTimex(timex, r.century(), Precision.CENTURY, null, null, Anchor.ABSOLUTE);
    }
    if (r.decade() != null) {
      int first = Integer.parseInt(r.decade()) * 10;
      return new ResolvedTimex(timex, r.decade(), Precision.DECADE, LocalDate.of(first, 1, 1),
          LocalDate.of(first + 9, 12, 31), Anchor.ABSOLUTE);
    }
    Modifier modifier = r.modifier();
    if (r.season() != null) {
      return season(timex, r, ref, tense);
    }
    if (r.month() != null) {
      int year;
      if (r.year() != null) {
        year = r.year();
      } else {
        year = ref.getYear();
        int cmp = compare(r.month(), r.day(), ref);
        boolean past = modifier == Modifier.LAST || modifier == Modifier.NONE && tense == Tense.PAST;
        boolean future = modifier == Modifier.NEXT || modifier == Modifier.NONE && tense == Tense.FUTURE;
        int months = Math.abs(r.month() - ref.getMonthValue());
        if (past && (cmp > 0 || cmp == 0 && modifier == Modifier.LAST && r.day() == null)) {
          year--;
        } else if (future && (cmp < 0 || cmp == 0 && modifier == Modifier.NEXT && r.day() == null)) {
          year++;
        } else if (!past && !future && months > 6) {
          // no tense: the nearer of this year's and the neighbouring year's ("en décembre" in January)
          year += cmp > 0 ? -1 : 1;
        }
      }
      if (r.day() == null) {
        return month(timex, YearMonth.of(year, r.month()));
      }
      if (r.weekday() != null && r.year() == null) {
        year = yearOfWeekday(year, r.month(), r.day(), r.weekday(), ref);
      }
      if (!DateRules.validDay(year, r.month(), r.day())) {
        return null;
      }
      return day(timex, LocalDate.of(year, r.month(), r.day()), r.pod());
    }
    if (r.weekday() != null) {
      return day(timex, weekday(ref, r.weekday(), modifier, tense), r.pod());
    }
    if (r.year() != null) {
      return year(timex, r.year());
    }
    return null;
  }

  /**
   * "samedi 29 mai" without a year: the year the tense gave when 29 May is a Saturday then, else the
   * nearest year to the reference where it is.
   */
  private static int yearOfWeekday(int year, int month, int day, int weekday, LocalDate ref) {
    if (matchesWeekday(year, month, day, weekday)) {
      return year;
    }
    for (int delta : new int[] {ref.getYear() - year, ref.getYear() - year - 1, ref.getYear() - year + 1}) {
      if (matchesWeekday(year + delta, month, day, weekday)) {
        return year + delta;
      }
    }
    return year;
  }

  private static boolean matchesWeekday(int year, int month, int day, int weekday) {
    return DateRules.validDay(year, month, day) && LocalDate.of(year, month, day).getDayOfWeek().getValue() == weekday;
  }

  /** The day a weekday names, seen from {@code ref}. */
  static LocalDate weekday(LocalDate ref, int weekday, Modifier modifier, Tense tense) {
    DayOfWeek dow = DayOfWeek.of(weekday);
    return switch (modifier) {
      case LAST -> ref.with(TemporalAdjusters.previous(dow));
      case NEXT -> ref.with(TemporalAdjusters.next(dow));
      default -> switch (tense) {
        case FUTURE -> ref.with(TemporalAdjusters.nextOrSame(dow));
        // news report what happened: without a tense, a weekday is read as past
        default -> ref.with(TemporalAdjusters.previousOrSame(dow));
      };
    };
  }

  private static ResolvedTimex season(Timex timex, Reading r, LocalDate ref, Tense tense) {
    int index = seasonIndex(r.season());
    if (r.year() != null) {
      return new ResolvedTimex(timex, r.year() + "-" + r.season(), Precision.SEASON, null, null, Anchor.ABSOLUTE);
    }
    // the season of the reference, counted from spring; January and February close the previous year's winter
    int refIndex = ref.getMonthValue() <= 2 || ref.getMonthValue() == 12 ? 3
        : (ref.getMonthValue() - 3) / 3;
    int refYear = ref.getMonthValue() <= 2 ? ref.getYear() - 1 : ref.getYear();
    int year = refYear;
    Modifier m = r.modifier();
    if (m == Modifier.LAST && index >= refIndex || m == Modifier.NONE && tense == Tense.PAST && index > refIndex) {
      year--;
    } else if (m == Modifier.NEXT && index <= refIndex || m == Modifier.NONE && tense == Tense.FUTURE && index < refIndex) {
      year++;
    }
    return new ResolvedTimex(timex, year + "-" + r.season(), Precision.SEASON, null, null, Anchor.REFERENCE);
  }

  private static int seasonIndex(String season) {
    return switch (season) {
      case "SP" -> 0;
      case "SU" -> 1;
      case "FA" -> 2;
      default -> 3;
    };
  }

  private static int compare(int month, Integer day, LocalDate ref) {
    if (month != ref.getMonthValue()) {
      return Integer.compare(month, ref.getMonthValue());
    }
    return day == null ? 0 : Integer.compare(day, ref.getDayOfMonth());
  }

  private static ResolvedTimex day(Timex timex, LocalDate day, String pod) {
    if (pod != null) {
      return new ResolvedTimex(timex, day + "T" + pod, Precision.PART_OF_DAY, day, day, Anchor.ABSOLUTE);
    }
    return new ResolvedTimex(timex, day.toString(), Precision.DAY, day, day, Anchor.ABSOLUTE);
  }

  private static ResolvedTimex month(Timex timex, YearMonth month) {
    return new ResolvedTimex(timex, month.toString(), Precision.MONTH, month.atDay(1), month.atEndOfMonth(),
        Anchor.ABSOLUTE);
  }

  private static ResolvedTimex year(Timex timex, int year) {
    return new ResolvedTimex(timex, String.format("%04d", year), Precision.YEAR, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31), Anchor.ABSOLUTE);
  }

  private static Precision unitPrecision(String unit) {
    return switch (unit) {
      case "D" -> Precision.DAY;
      case "W", "WE" -> Precision.WEEK;
      case "M" -> Precision.MONTH;
      case "Y" -> Precision.YEAR;
      case "DE" -> Precision.DECADE;
      case "CE" -> Precision.CENTURY;
      default -> Precision.TIME;
    };
  }

  /** The first day of a period of {@code amount} units that ends on {@code end} (both days counted). */
  private static LocalDate startOfSpan(LocalDate end, String amount, String unit) {
    long n;
    try {
      n = Long.parseLong(amount);
    } catch (NumberFormatException e) {
      return null;
    }
    return switch (unit) {
      case "D" -> end.minusDays(n - 1);
      case "W" -> end.minusWeeks(n).plusDays(1);
      case "M" -> end.minusMonths(n).plusDays(1);
      case "Y" -> end.minusYears(n).plusDays(1);
      case "DE" -> end.minusYears(10 * n).plusDays(1);
      default -> end;
    };
  }
}
