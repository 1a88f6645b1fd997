package org.vigie.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A reported count: {@code kind} is killed, wounded, missing, displaced, arrested, detained or
 * hostages; {@code value} the number (with {@code min}/{@code max} for ranges and bounds and
 * {@code approximate} for "des dizaines"); where, over what period, by whom, who reports it and
 * when, and the evidence.
 */
public record Fact(String id, String kind, Long value, boolean approximate, Long min, Long max,
                   Location location, Period period, ActorRef perpetrator, ActorRef reportedBy,
                   LocalDate reportedOn, List<Evidence> evidence, double confidence) {
  public Fact {
    evidence = List.copyOf(evidence);
  }
}
