package org.vigie.extract.time;

/**
 * What a resolved value rests on: the text alone ({@code ABSOLUTE}: "12 décembre 2023", "66
 * jours"), the reference date given to the resolver, usually the publication date
 * ({@code REFERENCE}: "hier", "vendredi dernier", "en mars"), or nothing because the expression
 * needs a reference date and none was given ({@code NONE}; the value is then null).
 */
public enum Anchor { ABSOLUTE, REFERENCE, NONE }
