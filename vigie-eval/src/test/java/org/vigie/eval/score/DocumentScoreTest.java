package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.score.EvalKit.event;
import static org.vigie.eval.score.EvalKit.fact;
import static org.vigie.eval.score.EvalKit.gold;
import static org.vigie.eval.score.EvalKit.goldDocument;
import static org.vigie.eval.score.EvalKit.goldFact;
import static org.vigie.eval.score.EvalKit.negated;
import static org.vigie.eval.score.EvalKit.optional;
import static org.vigie.eval.score.EvalKit.score;
import static org.vigie.eval.score.EvalKit.system;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldDocument;
import org.vigie.model.Event;

/**
 * The event and fact scorer on hand-made documents. The gold is a small version of the canonical
 * example: five required events (one with no date, one with no target) and one optional event.
 */
class DocumentScoreTest {
  static final GoldDocument GOLD = goldDocument(
      gold("E1", "CONSULT", "IRNGOV", "RUSGOV", "2023-12-11"),
      gold("E2", "ACCUSE", "IRNGOV", "USA", "2023-12-11"),
      gold("E3", "REJECT", "USA", "IGOUNO", "2023-12-08"),
      gold("E4", "ASSAULT", "ISR", "PSE", null),
      gold("E5", "REQUEST", "IRNGOV", null, "2023-12-11"),
      optional("E9", "SUPPORT", "RUSGOV", null, "2023-12-11"));

  static final Event V1 = event("v1", "CONSULT", "IRNGOV", "RUSGOV", "2023-12-11");
  static final Event V2 = event("v2", "ACCUSE", "IRNGOV", "USA", "2023-12-11");
  static final Event V3 = event("v3", "REJECT", "USA", "IGOUNO", "2023-12-08");
  static final Event V4 = event("v4", "ASSAULT", "ISR", "PSE", "2023-12-01");
  static final Event V5 = event("v5", "REQUEST", "IRNGOV", null, "2023-12-11");

  @Test
  void perfectOutputScoresOne() {
    DocumentScore score = score(GOLD, system(V1, V2, V3, V4, V5));

    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 5));
    assertThat(score.events(EventRule.STRICT).precision()).isEqualTo(1.0);
    assertThat(score.events(EventRule.STRICT).recall()).isEqualTo(1.0);
    assertThat(score.events(EventRule.STRICT).f1()).isEqualTo(1.0);
    assertThat(score.events(EventRule.LENIENT)).isEqualTo(new Counts(5, 5, 5));
    assertThat(score.errors()).isEmpty();
  }

  @Test
  void emptyOutputHasZeroRecallAndPrecisionZeroByConvention() {
    DocumentScore score = score(GOLD, system());

    Counts strict = score.events(EventRule.STRICT);
    assertThat(strict).isEqualTo(new Counts(5, 0, 0));
    assertThat(strict.recall()).isEqualTo(0.0);
    assertThat(strict.precision()).isEqualTo(0.0);
    assertThat(strict.f1()).isEqualTo(0.0);
    // the five required events are listed as missed; the optional E9 is not
    assertThat(score.errors()).extracting(ScoreError::id).containsExactly("E1", "E2", "E3", "E4", "E5");
    assertThat(score.errors()).allMatch(e -> e.status().equals("missed") && e.reason() == null);
  }

  @Test
  void wrongTargetIsOneMissAndOneSpuriousEventWithItsReason() {
    Event wrongTarget = event("v1", "CONSULT", "IRNGOV", "USAGOV", "2023-12-11");
    DocumentScore score = score(GOLD, system(wrongTarget, V2, V3, V4, V5));

    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 4)); // P = R = 0.8
    assertThat(score.events(EventRule.LENIENT)).isEqualTo(new Counts(5, 5, 5)); // type and source country only
    assertThat(score.errors()).containsExactly(
        new ScoreError("doc-fr", "missed", "event", "E1", "CONSULT IRNGOV→RUSGOV 2023-12-11",
            "gold evidence of E1", "near v1: wrong target USAGOV≠RUSGOV"),
        new ScoreError("doc-fr", "spurious", "event", "v1", "CONSULT IRNGOV→USAGOV 2023-12-11",
            "system evidence of v1", "near E1: wrong target USAGOV≠RUSGOV"));
  }

  @Test
  void wrongDateIsAStrictMissAndALenientHit() {
    Event wrongDate = event("v3", "REJECT", "USA", "IGOUNO", "2023-12-09");
    DocumentScore score = score(GOLD, system(V1, V2, wrongDate, V4, V5));

    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 4));
    assertThat(score.events(EventRule.LENIENT)).isEqualTo(new Counts(5, 5, 5));
    assertThat(score.errors()).extracting(ScoreError::reason)
        .containsExactly("near v3: wrong date 2023-12-09≠2023-12-08", "near E3: wrong date 2023-12-09≠2023-12-08");
  }

  @Test
  void missingDateMissesAGoldDateButNotANullOne() {
    Event noDate = event("v1", "CONSULT", "IRNGOV", "RUSGOV", null);
    Event assaultWithoutDate = event("v4", "ASSAULT", "ISR", "PSE", null);
    DocumentScore score = score(GOLD, system(noDate, V2, V3, assaultWithoutDate, V5));

    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 4)); // E1 missed, E4 found
    assertThat(score.errors().get(0).reason()).isEqualTo("near v1: no date (gold 2023-12-11)");
  }

  @Test
  void negationMustAgreeUnderTheStrictRuleOnly() {
    DocumentScore score = score(GOLD, system(V1, negated(V2), V3, V4, V5));

    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 4));
    assertThat(score.events(EventRule.LENIENT)).isEqualTo(new Counts(5, 5, 5));
    assertThat(score.errors().get(0).reason()).isEqualTo("near v2: negated, gold is not");
  }

  @Test
  void aDuplicateLowersPrecisionNotRecall() {
    Event again = event("v6", "ACCUSE", "IRNGOV", "USAGOV", "2023-12-11");
    DocumentScore score = score(GOLD, system(V1, V2, V3, V4, V5, again));

    Counts strict = score.events(EventRule.STRICT);
    assertThat(strict).isEqualTo(new Counts(5, 6, 5));
    assertThat(strict.precision()).isEqualTo(5.0 / 6); // 0.83
    assertThat(strict.recall()).isEqualTo(1.0);
    assertThat(score.errors()).containsExactly(new ScoreError("doc-fr", "spurious", "event", "v6",
        "ACCUSE IRNGOV→USAGOV 2023-12-11", "system evidence of v6", "duplicate of E2"));
  }

  @Test
  void optionalGoldEventsCostNothingEitherWay() {
    Event support = event("v9", "SUPPORT", "RUSGOV", null, "2023-12-11");

    // found: not counted as system output, not counted as a match
    assertThat(score(GOLD, system(V1, V2, V3, V4, V5, support)).events(EventRule.STRICT))
        .isEqualTo(new Counts(5, 5, 5));
    // missed: no recall cost, not listed as an error
    assertThat(score(GOLD, system(V1, V2, V3, V4, V5)).events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 5));
    // found twice: the second is a duplicate, a false positive
    Event supportAgain = event("v10", "SUPPORT", "RUSGOV", null, "2023-12-11");
    DocumentScore twice = score(GOLD, system(V1, V2, V3, V4, V5, support, supportAgain));
    assertThat(twice.events(EventRule.STRICT)).isEqualTo(new Counts(5, 6, 5));
    assertThat(twice.errors()).extracting(ScoreError::reason).containsExactly("duplicate of E9");
  }

  @Test
  void aRequiredGoldEventWinsOverAnOptionalOneForTheSameSystemEvent() {
    GoldDocument gold = goldDocument(
        optional("O1", "ACCUSE", "IRNGOV", null, null),
        gold("R1", "ACCUSE", "IRNGOV", "USA", null));

    assertThat(score(gold, system(V2)).events(EventRule.STRICT)).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void nullGoldTargetAcceptsAnyTargetButAGoldTargetNeedsOne() {
    Event requestToUsa = event("v5", "REQUEST", "IRNGOV", "USAGOV", "2023-12-11");
    Event consultWithNobody = event("v1", "CONSULT", "IRNGOV", null, "2023-12-11");
    DocumentScore score = score(GOLD, system(consultWithNobody, V2, V3, V4, requestToUsa));

    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(5, 5, 4)); // E5 found, E1 missed
    assertThat(score.errors().get(0).reason()).isEqualTo("near v1: no target (gold RUSGOV)");
  }

  @Test
  void igoCodesAgreeOnSixLetters() {
    Event toUnSecretariat = event("v3", "REJECT", "USA", "IGOUNOSEC", "2023-12-08");
    Event toEu = event("v3", "REJECT", "USA", "IGOEUR", "2023-12-08");

    assertThat(score(GOLD, system(V1, V2, toUnSecretariat, V4, V5)).events(EventRule.STRICT))
        .isEqualTo(new Counts(5, 5, 5));
    assertThat(score(GOLD, system(V1, V2, toEu, V4, V5)).events(EventRule.STRICT))
        .isEqualTo(new Counts(5, 5, 4));
  }

  @Test
  void aBareSystemCountryIsItsGovernment() {
    GoldDocument gold = goldDocument(
        gold("E1", "ACCUSE", "USAGOV", "RUS", null),
        gold("E2", "ASSAULT", "ISRMIL", "PSE", null));
    Event accuse = event("v1", "ACCUSE", "USA", "RUS", null); // USA = USAGOV: match
    Event assault = event("v2", "ASSAULT", "ISR", "PSE", null); // ISR = ISRGOV ≠ ISRMIL: no match

    DocumentScore score = score(gold, system(accuse, assault));
    assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(2, 2, 1));
    assertThat(score.events(EventRule.LENIENT)).isEqualTo(new Counts(2, 2, 2));
    assertThat(score.errors().get(0).reason()).isEqualTo("near v2: wrong source ISR≠ISRMIL");
  }

  @Test
  void matchingIsMaximumNotGreedyInSystemOrder() {
    // v1 fits both gold events; a greedy pass in system order would give it to G1 and leave v2 unmatched.
    GoldDocument gold = goldDocument(
        gold("G1", "ACCUSE", "IRNGOV", null, null),
        gold("G2", "ACCUSE", "IRNGOV", "USA", null));
    Event v1 = event("v1", "ACCUSE", "IRNGOV", "USA", null);
    Event v2 = event("v2", "ACCUSE", "IRNGOV", "ISR", null);

    assertThat(score(gold, system(v1, v2)).events(EventRule.STRICT)).isEqualTo(new Counts(2, 2, 2));
    assertThat(score(gold, system(v2, v1)).events(EventRule.STRICT)).isEqualTo(new Counts(2, 2, 2));
  }

  @Test
  void perPloverTypeCountsOnlyThatType() {
    Event wrongType = event("v2", "REJECT", "IRNGOV", "USA", "2023-12-11");
    DocumentScore score = score(GOLD, system(V1, wrongType, V3, V4, V5));

    assertThat(score.events(EventRule.STRICT, "ACCUSE")).isEqualTo(new Counts(1, 0, 0));
    assertThat(score.events(EventRule.STRICT, "REJECT")).isEqualTo(new Counts(1, 2, 1));
    assertThat(score.events(EventRule.STRICT, "CONSULT")).isEqualTo(new Counts(1, 1, 1));
    assertThat(score.events(EventRule.STRICT, "SUPPORT")).isEqualTo(new Counts(0, 0, 0)); // optional only
    assertThat(new Report(List.of(score)).eventsByType(EventRule.STRICT)).containsOnlyKeys(
        "ACCUSE", "ASSAULT", "CONSULT", "REJECT", "REQUEST"); // no SUPPORT row
  }

  @Test
  void factsMatchOnKindValueAndReportingSource() {
    // Competing counts: the ministry says 18205 killed, the army 18000; a wounded count with no source.
    GoldDocument gold = goldDocument("fr", List.of(), List.of(
        goldFact("F1", "killed", 18205, "PSEGOVHLH"),
        goldFact("F2", "killed", 18000, "ISRMIL"),
        goldFact("F3", "wounded", 50, null)));
    DocumentScore score = score(gold, system("fr", List.of(), List.of(
        fact("f1", "killed", 18205, "PSEGOV"),      // matches F1 (primary sector GOV agrees)
        fact("f2", "killed", 18000, "PSEGOVHLH"),   // the army's count credited to the ministry: no match
        fact("f3", "wounded", 50, "ISRMIL"))));     // F3 accepts any source

    assertThat(score.facts()).isEqualTo(new Counts(3, 3, 2)); // P = R = 0.67
    assertThat(score.errors()).containsExactly(
        new ScoreError("doc-fr", "missed", "fact", "F2", "killed 18000 reported by ISRMIL", "gold evidence of F2",
            "near f2: wrong reporting source PSEGOVHLH≠ISRMIL"),
        new ScoreError("doc-fr", "spurious", "fact", "f2", "killed 18000 reported by PSEGOVHLH", null,
            "near F2: wrong reporting source PSEGOVHLH≠ISRMIL"));
  }

  @Test
  void aFactWithoutAReportingSourceMissesAGoldSource() {
    GoldDocument gold = goldDocument("fr", List.of(), List.of(goldFact("F1", "killed", 18205, "PSEGOVHLH")));

    assertThat(score(gold, system("fr", List.of(), List.of(fact("f1", "killed", 18205, null)))).facts())
        .isEqualTo(new Counts(1, 1, 0));
    assertThat(score(gold, system("fr", List.of(), List.of(fact("f1", "killed", 18204, "PSEGOVHLH")))).facts())
        .isEqualTo(new Counts(1, 1, 0));
  }
}
