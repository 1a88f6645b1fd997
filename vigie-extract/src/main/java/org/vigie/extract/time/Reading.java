package org.vigie.extract.time;

/**
 * What the reader understood in an expression, before any reference date is applied. One record
 * for every kind, with the fields that kind uses and nulls elsewhere.
 *
 * @param kind what sort of expression this is
 * @param year a four-digit year, or null
 * @param month 1–12, or null
 * @param day 1–31, or null
 * @param weekday 1 (Monday) – 7 (Sunday), or null
 * @param season SP, SU, FA or WI, or null
 * @param decade the first three digits of a decade ("196" for the sixties), or null
 * @param century the first two digits of a century's years ("19" for the 20th), or null
 * @param modifier dernier / prochain / ce, or NONE
 * @param pod part of the day (MO, AF, EV, NI), or null
 * @param unit for RELATIVE and DURATION: D, W, M, Y, H, MIN, S, DE, CE, WE
 * @param offset for RELATIVE: how many units from the reference date (-1 for "hier")
 * @param amount for DURATION: the count as written in a TimeML value ("66", "30.4", "X")
 * @param toReference for DURATION: the period ends at the reference date ("au cours des 66 jours")
 * @param since for FIELDS: the date opens a period that runs to the reference ("depuis le 7 octobre")
 * @param value for REF and SET: the TimeML value itself
 */
record Reading(Kind kind, Integer year, Integer month, Integer day, Integer weekday, String season,
    String decade, String century, Modifier modifier, String pod, String unit, int offset, String amount,
    boolean toReference, boolean since, String value) {

  /** The sorts of expression. */
  enum Kind {
    /** Calendar fields, possibly partial ("mardi", "12 décembre", "juin dernier", "1999"). */
    FIELDS,
    /** A number of units from the reference date ("hier", "la semaine dernière", "il y a 2 jours"). */
    RELATIVE,
    /**
     * A number of days from the time the story has reached, not from its publication ("la veille",
     * "le lendemain", "the next day"): callers pass that time as the reference when they know it.
     */
    ANAPHORIC,
    /** A symbolic TimeML value (PRESENT_REF, PAST_REF, FUTURE_REF). */
    REF,
    /** A length of time ("66 jours"). */
    DURATION,
    /** A recurrence ("chaque mois"). */
    SET
  }

  static Reading fields(Integer year, Integer month, Integer day, Integer weekday, String season,
      Modifier modifier, String pod) {
    return new Reading(Kind.FIELDS, year, month, day, weekday, season, null, null, modifier, pod, null, 0,
        null, false, false, null);
  }

  static Reading decade(String decade) {
    return new Reading(Kind.FIELDS, null, null, null, null, null, decade, null, Modifier.NONE, null, null, 0,
        null, false, false, null);
  }

  static Reading century(String century) {
    return new Reading(Kind.FIELDS, null, null, null, null, null, null, century, Modifier.NONE, null, null, 0,
        null, false, false, null);
  }

  static Reading relative(String unit, int offset, String pod) {
    return new Reading(Kind.RELATIVE, null, null, null, null, null, null, null, Modifier.NONE, pod, unit, offset,
        null, false, false, null);
  }

  static Reading anaphoric(int offset, String pod) {
    return new Reading(Kind.ANAPHORIC, null, null, null, null, null, null, null, Modifier.NONE, pod, "D", offset,
        null, false, false, null);
  }

  static Reading ref(String value) {
    return new Reading(Kind.REF, null, null, null, null, null, null, null, Modifier.NONE, null, null, 0, null,
        false, false, value);
  }

  static Reading duration(String amount, String unit, boolean toReference) {
    return new Reading(Kind.DURATION, null, null, null, null, null, null, null, Modifier.NONE, null, unit, 0,
        amount, toReference, false, null);
  }

  static Reading set(String value) {
    return new Reading(Kind.SET, null, null, null, null, null, null, null, Modifier.NONE, null, null, 0, null,
        false, false, value);
  }

  Reading withPod(String newPod) {
    return new Reading(kind, year, month, day, weekday, season, decade, century, modifier, newPod, unit, offset,
        amount, toReference, since, value);
  }

  Reading withModifier(Modifier newModifier) {
    return new Reading(kind, year, month, day, weekday, season, decade, century, newModifier, pod, unit, offset,
        amount, toReference, since, value);
  }

  Reading asSince() {
    return new Reading(kind, year, month, day, weekday, season, decade, century, modifier, pod, unit, offset,
        amount, toReference, true, value);
  }

  /** Whether the value needs a reference date (a year, or a relative offset, is missing). */
  boolean needsReference() {
    return switch (kind) {
      case RELATIVE, ANAPHORIC -> true;
      case FIELDS -> year == null && decade == null && century == null;
      default -> false;
    };
  }
}
