package org.vigie.model;

/**
 * When an event happened: an ISO value (a date, or null when it cannot be resolved), its precision
 * ({@code day}, {@code week}, {@code month}, {@code year}, or {@code publication} when only the
 * publication date is known) and the expression of the text it comes from (or null).
 */
public record EventDate(String value, String precision, String expression) {
}
