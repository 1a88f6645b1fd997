package org.vigie.model;

import java.util.List;

/**
 * Who did what to whom, as the output contract describes it: PLOVER type, mode and context, the
 * most specific CAMEO code with its quad class and Goldstein score, source and target, date,
 * location, negation, hypothetical status (threats, promises, calls, plans), the party the article
 * says reports it, the evidence spans, the rule that produced it and a confidence.
 */
public record Event(String id, String plover, String mode, String context, String cameo, Integer quad,
                    Double goldstein, ActorRef source, ActorRef target, EventDate date, Location location,
                    boolean negated, boolean hypothetical, ActorRef reportedBy, List<Evidence> evidence,
                    String rule, double confidence) {
  public Event {
    evidence = List.copyOf(evidence);
  }
}
