package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuitePloverGsrTest {
  private final List<SuiteRecord> records = PloverGsr.read(SuiteTestKit.fixture("plover_gsr_fixture.json"));

  @Test
  void skipsTheDocumentRecordAndRecordsWithoutText() {
    assertThat(records).extracting(SuiteRecord::id)
        .containsExactly("FIX-AGREE-0001", "FIX-DEMAND-0001", "FIX-AGREE-0001#2"); // repeated id made unique
  }

  @Test
  void compoundSourceWithoutTargetGivesOneCodingPerSource() {
    SuiteRecord agree = records.get(0);

    assertThat(agree.date()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(agree.text()).startsWith("Hungarian and Romanian officials agreed");
    assertThat(agree.codings()).containsExactly(
        new GoldCoding("HUNGOV", null, null, "AGREE"), new GoldCoding("ROUGOV", null, null, "AGREE"));
  }

  @Test
  void sectorsAreAppendedInUpperCaseAndOldTypeNamesRenamed() {
    // DEMAND is REQUEST in the current manual; "***" is an unknown sector
    assertThat(records.get(1).category()).isEqualTo("REQUEST");
    assertThat(records.get(1).codings()).containsExactly(
        new GoldCoding("SRBCVLALB", "SRBCOP", null, "REQUEST"), new GoldCoding("SRBCVLALB", "SRB", null, "REQUEST"));
  }

  @Test
  void rejectsWhatIsNotAJsonArray() {
    assertThatThrownBy(() -> PloverGsr.read("{\"id\": 1}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON array");
    assertThatThrownBy(() -> PloverGsr.read("[{")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PloverGsr.read("[]")).isEmpty();
  }
}
