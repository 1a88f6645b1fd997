package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.score.EvalKit.event;
import static org.vigie.eval.score.EvalKit.gold;
import static org.vigie.eval.score.EvalKit.goldDocument;
import static org.vigie.eval.score.EvalKit.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldDocument;
import org.vigie.model.Document;

/** Sums over documents, per language and per type, as tables and as JSON. */
class ReportTest {
  // fr: 2 gold events, the system finds one and invents one; en: 1 gold event, found.
  static final GoldDocument FR_GOLD = goldDocument("fr", List.of(
      gold("E1", "ASSAULT", "ISRMIL", "PSE", "2024-03-04"),
      gold("E2", "ACCUSE", "EGYGOV", "ISR", "2024-03-04")), List.of());
  static final Document FR_SYSTEM = system("fr", List.of(
      event("v1", "ASSAULT", "ISRMIL", "PSE", "2024-03-04"),
      event("v2", "ACCUSE", "EGYGOV", "USA", "2024-03-04")), List.of());
  static final GoldDocument EN_GOLD = goldDocument("en", List.of(
      gold("E1", "ASSAULT", "RUSMIL", "UKR", null)), List.of());
  static final Document EN_SYSTEM = system("en", List.of(event("v1", "ASSAULT", "RUSMIL", "UKR", null)), List.of());

  final Report report = new Report(List.of(DocumentScore.of(FR_GOLD, FR_SYSTEM), DocumentScore.of(EN_GOLD, EN_SYSTEM)));

  @Test
  void sumsCountsOverallPerLanguageAndPerType() {
    assertThat(report.events(EventRule.STRICT)).isEqualTo(new Counts(3, 3, 2));
    assertThat(report.events(EventRule.LENIENT)).isEqualTo(new Counts(3, 3, 3));
    assertThat(report.eventsByLanguage(EventRule.STRICT))
        .containsExactly(java.util.Map.entry("en", new Counts(1, 1, 1)), java.util.Map.entry("fr", new Counts(2, 2, 1)));
    assertThat(report.eventsByType(EventRule.STRICT))
        .containsExactly(java.util.Map.entry("ACCUSE", new Counts(1, 1, 0)), java.util.Map.entry("ASSAULT", new Counts(2, 2, 2)));
    assertThat(report.facts()).isEqualTo(new Counts(0, 0, 0));
  }

  @Test
  void printsOneTableRowPerLineWithTwoDecimals() {
    String text = report.format(true);

    assertThat(text).contains(
        "events (strict)      gold  system  matched  precision  recall     F1",
        "all                     3       3        2       0.67    0.67   0.67",
        "fr                      2       2        1       0.50    0.50   0.50",
        "ACCUSE                  1       1        0       0.00    0.00   0.00",
        "  missed   event E2   ACCUSE EGYGOV→ISR 2024-03-04",
        "near v2: wrong target USA≠ISR");
    assertThat(report.format(false)).doesNotContain("missed");
  }

  @Test
  void writesTheSameReportAsJson() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.json(true));

    assertThat(json.at("/events/strict/all/matched").asInt()).isEqualTo(2);
    assertThat(json.at("/events/strict/all/precision").asDouble()).isEqualTo(2.0 / 3);
    assertThat(json.at("/events/lenient/languages/fr/recall").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/events/strict/plover/ACCUSE/gold").asInt()).isEqualTo(1);
    assertThat(json.at("/errors")).hasSize(2);
    assertThat(json.at("/errors/0/reason").asText()).isEqualTo("near v2: wrong target USA≠ISR");
    assertThat(new ObjectMapper().readTree(report.json(false)).has("errors")).isFalse();
  }
}
