package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.eval.gold.GoldDocument.GoldFact;
import org.vigie.model.Fact;

/**
 * When a system fact matches a gold fact: equal kind and value, and the reporting source's actor
 * code agreeing by {@link ActorCodes#agree} (a gold fact with {@code reported_by: null} accepts any
 * source). Two sources giving different counts are two gold facts, so a count credited to the
 * wrong source does not match.
 */
public final class FactRule {
  private FactRule() {
  }

  public static boolean matches(GoldFact gold, Fact fact) {
    return mismatches(gold, fact).isEmpty();
  }

  /** Why the fact does not match, one reason each, system value first; empty when it does. */
  public static List<String> mismatches(GoldFact gold, Fact fact) {
    List<String> reasons = new ArrayList<>();
    if (!gold.kind().equals(fact.kind())) {
      reasons.add("wrong kind " + fact.kind() + "≠" + gold.kind());
    }
    if (!Objects.equals(gold.value(), fact.value())) {
      reasons.add("wrong value " + fact.value() + "≠" + gold.value());
    }
    if (!ActorCodes.agree(EventRule.code(gold.reportedBy()), EventRule.code(fact.reportedBy()))) {
      reasons.add(EventRule.actorReason("reporting source", gold.reportedBy(), fact.reportedBy()));
    }
    return reasons;
  }

  static String describe(String kind, Long value, String reportedBy) {
    return kind + " " + value + (reportedBy == null ? "" : " reported by " + reportedBy);
  }
}
