package org.vigie.extract.time;

/**
 * The TimeML type of a temporal expression: a calendar date or period ({@code DATE}: "12 décembre
 * 2023", "la semaine dernière"), a time of day or part of a day ({@code TIME}: "lundi soir"), a
 * length of time ({@code DURATION}: "66 jours", "over the past week") or a recurrence ({@code SET}:
 * "chaque mois").
 */
public enum TimexType { DATE, TIME, DURATION, SET }
