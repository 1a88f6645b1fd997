package org.vigie.model;

import java.time.LocalDate;

/** The period a count covers: start and end dates (either may be null) and its length in days. */
public record Period(LocalDate start, LocalDate end, Integer days) {
}
