package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.eval.gold.GoldDocument.GoldActor;
import org.vigie.eval.gold.GoldDocument.GoldEvent;
import org.vigie.model.ActorRef;
import org.vigie.model.Event;

/**
 * When a system event matches a gold event.
 *
 * <p>{@link #STRICT} is the rule of the gold files' {@code scoring} string and of
 * {@code eval/GUIDELINES.md}: equal PLOVER type; source and target agreeing by
 * {@link ActorCodes#agree} (a null gold target accepts any target, a gold target against no system
 * target does not match); equal date where the gold date is not null; equal {@code negated} and
 * {@code hypothetical} flags. {@link #UNDATED} is the strict rule with dates aside, for measuring
 * event coding apart from the resolution of dates. {@link #LENIENT} asks only for the PLOVER type
 * and the source's country.
 */
public enum EventRule {
  STRICT, UNDATED, LENIENT;

  public boolean matches(GoldEvent gold, Event event) {
    return mismatches(gold, event).isEmpty();
  }

  /** Why the event does not match, one reason each ("wrong target RUSGOV≠USA", system value first); empty when it does. */
  public List<String> mismatches(GoldEvent gold, Event event) {
    List<String> reasons = new ArrayList<>();
    if (!gold.plover().equals(event.plover())) {
      reasons.add("wrong type " + event.plover() + "≠" + gold.plover());
    }
    if (this == LENIENT) {
      if (!ActorCodes.sameCountry(code(gold.source()), code(event.source()))) {
        reasons.add(actorReason("source", gold.source(), event.source()));
      }
      return reasons;
    }
    if (!ActorCodes.agree(code(gold.source()), code(event.source()))) {
      reasons.add(actorReason("source", gold.source(), event.source()));
    }
    if (!ActorCodes.agree(code(gold.target()), code(event.target()))) {
      reasons.add(actorReason("target", gold.target(), event.target()));
    }
    String date = event.date() == null ? null : event.date().value();
    if (this == STRICT && gold.date() != null && !gold.date().equals(date)) {
      reasons.add(date == null ? "no date (gold " + gold.date() + ")" : "wrong date " + date + "≠" + gold.date());
    }
    if (gold.negated() != event.negated()) {
      reasons.add(event.negated() ? "negated, gold is not" : "not negated, gold is");
    }
    if (gold.hypothetical() != event.hypothetical()) {
      reasons.add(event.hypothetical() ? "hypothetical, gold is not" : "not hypothetical, gold is");
    }
    return reasons;
  }

  static String actorReason(String role, GoldActor gold, ActorRef system) {
    String systemCode = code(system);
    return systemCode == null ? "no " + role + " (gold " + code(gold) + ")"
        : "wrong " + role + " " + systemCode + "≠" + code(gold);
  }

  static String code(GoldActor actor) {
    return actor == null ? null : actor.actor();
  }

  static String code(ActorRef actor) {
    return actor == null ? null : actor.actor();
  }

  /** A one-line description of an event: type, source→target, date and flags. */
  static String describe(String plover, String source, String target, String date, boolean negated, boolean hypothetical) {
    return plover + " " + Objects.requireNonNullElse(source, "-") + "→" + Objects.requireNonNullElse(target, "-")
        + (date == null ? "" : " " + date) + (negated ? " negated" : "") + (hypothetical ? " hypothetical" : "");
  }
}
