package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.suite.SuiteTestKit.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.score.Counts;
import org.vigie.model.Event;

class SuiteScorerTest {
  private static final SuiteScorer SCORER = new SuiteScorer(SuiteTestKit.ACTORS, SuiteTestKit.TYPES);

  /** Two records with gold events (one with two codings) and one expecting nothing. */
  private static final List<SuiteRecord> RECORDS = List.of(
      record("r1", new GoldCoding("ARN", "GON", "064", null), new GoldCoding("DAGGOV", "GONMIL", "1721", null)),
      record("r2", new GoldCoding("BRA", "USA", "031", null)),
      record("r3"));

  private static SuiteRecord record(String id, GoldCoding... codings) {
    return new SuiteRecord(id, "TEST", LocalDate.of(1995, 1, 1), "text " + id, List.of(codings))
        .withPloverTypes(SuiteTestKit.TYPES);
  }

  private static SuiteScores score(List<List<Event>> events) {
    return SCORER.score("test", RECORDS, events, 0);
  }

  @Test
  void perfectOutputScoresOne() {
    SuiteScores scores = score(List.of(
        List.of(event("ARN", "GON", "064"), event("DAGGOV", "GONMIL", "1721")),
        List.of(event("BRA", "USA", "031")),
        List.of()));

    assertThat(scores.exactRate()).isEqualTo(1.0);
    assertThat(scores.fullRate()).isEqualTo(1.0);
    assertThat(scores.micro()).isEqualTo(new Counts(3, 3, 3));
    assertThat(scores.counts("COOPERATE")).isEqualTo(new Counts(1, 1, 1));
    assertThat(scores.spuriousEvents()).isZero();
    assertThat(scores.noEventRecords()).isEqualTo(1);
  }

  @Test
  void emptyOutputScoresZero() {
    SuiteScores scores = score(List.of(List.of(), List.of(), List.of()));

    assertThat(scores.goldCodings()).isEqualTo(3);
    assertThat(scores.exactRate()).isZero();
    assertThat(scores.fullRate()).isZero();
    assertThat(scores.micro()).isEqualTo(new Counts(3, 0, 0));
    assertThat(scores.micro().f1()).isZero();
  }

  @Test
  void wrongTargetMissesTheCodingButNotTheType() {
    SuiteScores scores = score(List.of(
        List.of(event("ARN", "OSG", "064"), event("DAGGOV", "GONGOV", "1721")), // GONGOV vs GONMIL: roles differ
        List.of(event("BRA", "USA", "031")),
        List.of()));

    assertThat(scores.exactMatches()).isEqualTo(1);
    assertThat(scores.fullMatches()).isEqualTo(1);
    assertThat(scores.micro()).isEqualTo(new Counts(3, 3, 3)); // types ignore actors
  }

  @Test
  void wrongRootMissesBothRatesButSameRootOtherCodeKeepsTheExactRate() {
    SuiteScores scores = score(List.of(
        List.of(event("ARN", "GON", "031"), event("DAGGOV", "GONMIL", "174")), // 03 ≠ 06; 174 has root 17
        List.of(event("BRA", "USA", "031")),
        List.of()));

    assertThat(scores.exactMatches()).isEqualTo(2);
    assertThat(scores.fullMatches()).isEqualTo(1);
    assertThat(scores.counts("COOPERATE")).isEqualTo(new Counts(1, 0, 0));
    assertThat(scores.counts("AGREE")).isEqualTo(new Counts(1, 2, 1));
    assertThat(scores.counts("COERCE")).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void eventsOnNoEventRecordsAreFalsePositives() {
    SuiteScores scores = score(List.of(List.of(), List.of(), List.of(event("ARN", "GON", "064"))));

    assertThat(scores.spuriousEvents()).isEqualTo(1);
    assertThat(scores.counts("COOPERATE")).isEqualTo(new Counts(1, 1, 0));
    assertThat(scores.counts("COOPERATE").precision()).isZero();
  }

  @Test
  void oneEventAccountsForOneCodingOnly() {
    List<SuiteRecord> twice = List.of(record("d", new GoldCoding("ARN", "GON", "064", null),
        new GoldCoding("ARN", "GON", "064", null)));

    assertThat(SCORER.score("t", twice, List.of(List.of(event("ARN", "GON", "064"))), 0).exactMatches()).isEqualTo(1);
    assertThat(SCORER.score("t", twice, List.of(List.of(event("ARN", "GON", "064"), event("ARN", "GON", "0641"))), 0)
        .exactMatches()).isEqualTo(2);
  }

  @Test
  void matchingIsMaximalNotGreedy() {
    // Gold USA→GON can take either event, gold USAGOV→GON only the first: a greedy pass that gave
    // the first event to USA would find one coding, not two.
    List<SuiteRecord> records = List.of(record("m", new GoldCoding("USA", "GON", "064", null),
        new GoldCoding("USAGOV", "GON", "064", null)));
    List<List<Event>> events = List.of(List.of(event("USAGOV", "GON", "064"), event("USAMIL", "GON", "064")));

    assertThat(SCORER.score("t", records, events, 0).exactMatches()).isEqualTo(2);
  }

  @Test
  void withoutGoldCameoTheExactRateComparesPloverTypes() {
    List<SuiteRecord> records = List.of(new SuiteRecord("p", "REQUEST", null, "t",
        List.of(new GoldCoding("SRBCVL", "SRBCOP", null, "REQUEST"))));

    SuiteScores right = SCORER.score("plover", records, List.of(List.of(event("SRB", "SRBCOP", null, "DEMAND"))), 0);
    SuiteScores wrong = SCORER.score("plover", records, List.of(List.of(event("SRB", "SRBCOP", "064"))), 0);

    assertThat(right.exactRate()).isEqualTo(1.0); // DEMAND is the old name of REQUEST
    assertThat(right.fullRate()).isNull();         // no CAMEO gold: undefined, printed n/a
    assertThat(wrong.exactRate()).isZero();
    assertThat(wrong.counts("COOPERATE")).isEqualTo(new Counts(0, 1, 0));
  }

  @Test
  void untypedCodingsAreCountedApart() {
    List<SuiteRecord> records = List.of(record("u", new GoldCoding("ARN", "GON", "010", null)));

    SuiteScores scores = SCORER.score("t", records, List.of(List.of(event("ARN", "GON", "010"))), 0);

    assertThat(scores.exactRate()).isEqualTo(1.0);
    assertThat(scores.untyped()).isEqualTo(new Counts(1, 1, 1));
    assertThat(scores.micro()).isEqualTo(Counts.ZERO);
  }

  @Test
  void tableAndJsonShowTheCounts() {
    SuiteScores scores = score(List.of(List.of(event("ARN", "GON", "064")), List.of(), List.of()));

    assertThat(scores.format())
        .contains("suite test: 3 records (1 expect no event), 3 gold codings, 1 system events")
        .containsPattern("exact coding \\(source, target, CAMEO root\\): +1 / 3 +33\\.3%")
        .containsPattern("untyped +0 +0 ")
        .containsPattern("COOPERATE +1 +1 +1 +100.0 +100.0 +100.0");
    assertThat(scores.toJson().get("exactMatches").asInt()).isEqualTo(1);
    assertThat(scores.toJson().at("/byType/COERCE/gold").asInt()).isEqualTo(1);
    assertThat(scores.formatJson()).contains("\"fullRate\" : 0.333");
  }
}
