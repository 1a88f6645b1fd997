package org.vigie.extract.time;

/** A word that places a weekday, month, season or unit before, at or after the reference date. */
enum Modifier {
  /** "dernier", "last", "passé": strictly before the reference. */
  LAST,
  /** "prochain", "next": strictly after the reference. */
  NEXT,
  /** "ce", "cette", "this": the one of the reference (or as the tense says, for a weekday). */
  THIS,
  /** No modifier. */
  NONE
}
