package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigie.eval.gold.EntityScore;
import org.vigie.eval.gold.GoldDocument;
import org.vigie.eval.gold.GoldDocument.GoldEvent;
import org.vigie.eval.gold.GoldDocument.GoldFact;
import org.vigie.model.Document;
import org.vigie.model.Event;
import org.vigie.model.Evidence;
import org.vigie.model.Fact;

/**
 * How one analysed document compares with its gold file: the strict and lenient event alignments,
 * the fact alignment and the entity score. Missed and spurious items are listed by strict rule
 * (lenient errors are a subset of them as far as type and source go).
 */
public record DocumentScore(GoldDocument gold, Document document, Alignment strict, Alignment undated,
                            Alignment lenient, Alignment factAlignment, EntityScore entities) {

  /** A near candidate differs from the item in at most this many respects. */
  private static final int NEAR = 2;

  public static DocumentScore of(GoldDocument gold, Document document) {
    return new DocumentScore(gold, document,
        Alignment.of(gold.events(), document.events(), EventRule.STRICT::matches, GoldEvent::required),
        Alignment.of(gold.events(), document.events(), EventRule.UNDATED::matches, GoldEvent::required),
        Alignment.of(gold.events(), document.events(), EventRule.LENIENT::matches, GoldEvent::required),
        Alignment.of(gold.facts(), document.facts(), FactRule::matches, GoldFact::required),
        EntityScore.of(gold, document));
  }

  /** The gold file's language, or {@code ?} when it gives none. */
  public String language() {
    return Objects.requireNonNullElse(gold.language(), "?");
  }

  public Counts events(EventRule rule) {
    return alignment(rule).counts();
  }

  /** Counts for one PLOVER type: gold events of that type, system events of that type. */
  public Counts events(EventRule rule, String plover) {
    List<GoldEvent> goldEvents = gold.events();
    List<Event> systemEvents = document.events();
    return alignment(rule).counts(g -> goldEvents.get(g).plover().equals(plover),
        s -> plover.equals(systemEvents.get(s).plover()));
  }

  public Counts facts() {
    return factAlignment.counts();
  }

  public Alignment alignment(EventRule rule) {
    return switch (rule) {
      case STRICT -> strict;
      case UNDATED -> undated;
      case LENIENT -> lenient;
    };
  }

  /** Missed required gold events and facts, then spurious system ones, in file order. */
  public List<ScoreError> errors() {
    List<ScoreError> errors = new ArrayList<>();
    errors.addAll(missed("event", gold.events(), document.events(), strict, EventRule.STRICT::mismatches,
        GoldEvent::id, DocumentScore::summary, GoldEvent::evidence, Event::id));
    errors.addAll(missed("fact", gold.facts(), document.facts(), factAlignment, FactRule::mismatches,
        GoldFact::id, DocumentScore::summary, GoldFact::evidence, Fact::id));
    errors.addAll(spurious("event", gold.events(), document.events(), strict, EventRule.STRICT::mismatches,
        GoldEvent::id, Event::id, DocumentScore::summary, e -> evidence(e.evidence())));
    errors.addAll(spurious("fact", gold.facts(), document.facts(), factAlignment, FactRule::mismatches,
        GoldFact::id, Fact::id, DocumentScore::summary, f -> evidence(f.evidence())));
    return errors;
  }

  private <G, S> List<ScoreError> missed(String item, List<G> goldItems, List<S> systemItems, Alignment alignment,
                                         BiFunction<G, S, List<String>> mismatches,
                                         Function<G, String> goldId,
                                         Function<G, String> summary,
                                         Function<G, String> evidence,
                                         Function<S, String> systemId) {
    List<ScoreError> errors = new ArrayList<>();
    for (int g = 0; g < goldItems.size(); g++) {
      if (!alignment.required(g) || alignment.systemOf(g) >= 0) {
        continue;
      }
      G goldItem = goldItems.get(g);
      String reason = null;
      int bestCount = NEAR + 1;
      // Prefer an unmatched system item as the near candidate: it is most likely the one meant.
      for (int pass = 0; pass < 2 && reason == null; pass++) {
        for (int s = 0; s < systemItems.size(); s++) {
          if ((alignment.goldOf(s) < 0) != (pass == 0)) {
            continue;
          }
          List<String> why = mismatches.apply(goldItem, systemItems.get(s));
          if (why.size() < bestCount) {
            bestCount = why.size();
            reason = "near " + systemId.apply(systemItems.get(s)) + ": " + String.join("; ", why);
          }
        }
      }
      errors.add(new ScoreError(document.id(), "missed", item, goldId.apply(goldItem), summary.apply(goldItem),
          evidence.apply(goldItem), reason));
    }
    return errors;
  }

  private <G, S> List<ScoreError> spurious(String item, List<G> goldItems, List<S> systemItems, Alignment alignment,
                                           BiFunction<G, S, List<String>> mismatches,
                                           Function<G, String> goldId,
                                           Function<S, String> systemId,
                                           Function<S, String> summary,
                                           Function<S, String> evidence) {
    List<ScoreError> errors = new ArrayList<>();
    for (int s = 0; s < systemItems.size(); s++) {
      if (alignment.goldOf(s) >= 0) {
        continue;
      }
      S systemItem = systemItems.get(s);
      String reason = null;
      for (int g = 0; g < goldItems.size() && reason == null; g++) {
        if (mismatches.apply(goldItems.get(g), systemItem).isEmpty()) {
          reason = "duplicate of " + goldId.apply(goldItems.get(g));
        }
      }
      int bestCount = NEAR + 1;
      // As for missed items, an unmatched gold item is the likelier near candidate.
      for (int pass = 0; pass < 2 && reason == null; pass++) {
        for (int g = 0; g < goldItems.size(); g++) {
          if ((alignment.systemOf(g) < 0) != (pass == 0)) {
            continue;
          }
          List<String> why = mismatches.apply(goldItems.get(g), systemItem);
          if (why.size() < bestCount) {
            bestCount = why.size();
            reason = "near " + goldId.apply(goldItems.get(g)) + ": " + String.join("; ", why);
          }
        }
      }
      errors.add(new ScoreError(document.id(), "spurious", item, systemId.apply(systemItem), summary.apply(systemItem),
          evidence.apply(systemItem), reason));
    }
    return errors;
  }

  private static String summary(GoldEvent event) {
    return EventRule.describe(event.plover(), EventRule.code(event.source()), EventRule.code(event.target()),
        event.date(), event.negated(), event.hypothetical());
  }

  private static String summary(Event event) {
    return EventRule.describe(event.plover(), EventRule.code(event.source()), EventRule.code(event.target()),
        event.date() == null ? null : event.date().value(), event.negated(), event.hypothetical());
  }

  private static String summary(GoldFact fact) {
    return FactRule.describe(fact.kind(), fact.value(), EventRule.code(fact.reportedBy()));
  }

  private static String summary(Fact fact) {
    return FactRule.describe(fact.kind(), fact.value(), EventRule.code(fact.reportedBy()));
  }

  private static String evidence(List<Evidence> evidence) {
    return evidence.isEmpty() ? null : evidence.stream().map(Evidence::text).collect(Collectors.joining(" […] "));
  }
}
