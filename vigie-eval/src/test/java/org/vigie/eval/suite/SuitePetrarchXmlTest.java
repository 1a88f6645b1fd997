package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuitePetrarchXmlTest {
  private final List<SuiteRecord> unit = PetrarchXml.read(SuiteTestKit.fixture("petrarch2_unit_fixture.xml"));
  private final List<SuiteRecord> gsr = PetrarchXml.read(SuiteTestKit.fixture("petrarch2_gsr_fixture.xml"));

  @Test
  void readsIdsDatesTextAndCodingsOfTheUnitTestFormat() {
    SuiteRecord first = unit.get(0);

    assertThat(first.id()).isEqualTo("FIX-01");
    assertThat(first.category()).isEqualTo("DEMO");
    assertThat(first.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    // line breaks folded, entity decoded
    assertThat(first.text()).isEqualTo("Arnor and Dagolath's government agreed to restore ties with Gondor & its army.");
    // the commented-out coding is not gold
    assertThat(first.codings()).containsExactly(
        new GoldCoding("ARN", "GON", "064", null), new GoldCoding("DAGGOV", "GONMIL", "1721", null));
  }

  @Test
  void noeventsErrorAndMissingCodingsExpectNothing() {
    assertThat(unit.get(1).id()).isEqualTo("FIX-02");
    assertThat(unit.get(1).date()).isEqualTo(LocalDate.of(1995, 1, 2)); // spaces around '='
    assertThat(unit.get(1).expectsNoEvent()).isTrue();
    assertThat(unit.get(2).expectsNoEvent()).as("error=storydiscard").isTrue();
    assertThat(unit.get(4).expectsNoEvent()).as("no EventCoding").isTrue();
    assertThat(unit.get(0).expectsNoEvent()).isFalse();
  }

  @Test
  void repeatedIdsAreMadeUniqueAndQuotedCodesKept() {
    SuiteRecord repeated = unit.get(3);

    assertThat(repeated.id()).isEqualTo("FIX-01#2");
    assertThat(repeated.codings()).containsExactly(
        new GoldCoding("\"INJURY TOLL\"", "OSG", "223", null), new GoldCoding("---GOV", "---", "023", null));
  }

  @Test
  void badDateGivesNoDateAndRecordWithoutTextIsSkipped() {
    assertThat(unit).extracting(SuiteRecord::id).containsExactly("FIX-01", "FIX-02", "FIX-03", "FIX-01#2", "FIX-05");
    assertThat(unit.get(4).date()).isNull();
  }

  @Test
  void readsTheSelfClosedSentencesOfTheUniversalPetrarchFormat() {
    assertThat(gsr).hasSize(3);
    assertThat(gsr.get(0).id()).isEqualTo("AFP-FIX_1");
    assertThat(gsr.get(0).date()).isEqualTo(LocalDate.of(2008, 8, 6));
    assertThat(gsr.get(0).text()).isEqualTo("Brazil and the United States are seeking to deepen a partnership in energy.");
    assertThat(gsr.get(0).codings()).containsExactly(
        new GoldCoding("BRA", "USA", "031", null), new GoldCoding("USA", "BRA", "031", null));
    assertThat(gsr.get(1).id()).isEqualTo("TEST-FIX_2");
    assertThat(gsr.get(1).expectsNoEvent()).isTrue();
  }

  @Test
  void emptyTextIsRebuiltFromTheConlluParseOrTheRecordSkipped() {
    assertThat(gsr.get(2).id()).isEqualTo("EMPTY-FIX_3");
    assertThat(gsr.get(2).text()).isEqualTo("Rebels attacked Nigeria."); // SpaceAfter=No honoured
    assertThat(gsr).extracting(SuiteRecord::id).doesNotContain("EMPTY-FIX_4"); // nothing to rebuild from
  }

  @Test
  void emptyAndGarbageInputGiveNoRecord() {
    assertThat(PetrarchXml.read("")).isEmpty();
    assertThat(PetrarchXml.read("<Sentence id=\"x\"><Text>unclosed")).isEmpty();
    assertThat(PetrarchXml.read("<Sentence id='x'><Text>A &#99999999999; B &#x41;</Text>").get(0).text())
        .isEqualTo("A &#99999999999; B A");
  }

  @Test
  void ploverTypesComeFromTheCameoCodes() {
    SuiteRecord typed = unit.get(0).withPloverTypes(SuiteTestKit.TYPES);

    assertThat(typed.codings()).extracting(GoldCoding::plover).containsExactly("COOPERATE", "COERCE");
    assertThat(unit.get(3).withPloverTypes(SuiteTestKit.TYPES).codings())
        .extracting(GoldCoding::plover).containsExactly(null, null); // 22 and 02: no PLOVER type
  }
}
