package org.vigie.extract.time;

/**
 * The tense of the clause an expression sits in, as far as it decides which day a bare weekday or
 * month means: in a past clause "lundi" is the latest Monday on or before the reference date, in a
 * future clause the next one; with {@code UNKNOWN} a weekday is read as past and a month or
 * day without a year takes the nearer of the reference's year and the neighbouring one.
 */
public enum Tense { PAST, FUTURE, UNKNOWN }
