package org.vigie.eval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.eval.score.ActorCodes;
import org.vigie.model.Document;
import org.vigie.model.Fact;

/**
 * The fact tables ({@code facts/fr.tsv}, {@code facts/en.tsv}): short texts with the counts they
 * report ({@code kind value [~] [min=N] [max=N] [by=CODE] [ev=N]}) or {@code -} for none. A row
 * passes when the system's facts are exactly the expected ones; every row must pass.
 */
class FactTableIT {

  record Expected(String kind, long value, boolean approximate, Long min, Long max, String by, boolean byGiven,
                  Integer evidence) {
    static Expected parse(String text) {
      String[] parts = text.strip().split("\\s+");
      boolean approximate = false;
      Long min = null;
      Long max = null;
      String by = null;
      boolean byGiven = false;
      Integer evidence = null;
      for (int i = 2; i < parts.length; i++) {
        String part = parts[i];
        if (part.equals("~")) {
          approximate = true;
        } else if (part.startsWith("min=")) {
          min = Long.valueOf(part.substring(4));
        } else if (part.startsWith("max=")) {
          max = Long.valueOf(part.substring(4));
        } else if (part.startsWith("by=")) {
          byGiven = true;
          by = part.substring(3).equals("-") ? null : part.substring(3);
        } else if (part.startsWith("ev=")) {
          evidence = Integer.valueOf(part.substring(3));
        } else {
          throw new IllegalArgumentException("unknown flag '" + part + "' in " + text);
        }
      }
      return new Expected(parts[0], Long.parseLong(parts[1]), approximate, min, max, by, byGiven, evidence);
    }

    boolean matches(Fact fact) {
      String actor = fact.reportedBy() == null ? null : fact.reportedBy().actor();
      return kind.equals(fact.kind()) && Long.valueOf(value).equals(fact.value())
          && approximate == fact.approximate() && java.util.Objects.equals(min, fact.min())
          && java.util.Objects.equals(max, fact.max())
          && (!byGiven || (by == null ? actor == null : actor != null && ActorCodes.agree(by, actor)))
          && (evidence == null || evidence == fact.evidence().size());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void textsGiveTheirFacts(String language) throws IOException {
    List<String[]> rows = rows(language);
    List<String> failures = new ArrayList<>();
    for (String[] row : rows) {
      String expectedText = row[2].strip();
      List<Expected> expected = new ArrayList<>();
      if (!expectedText.equals("-")) {
        for (String part : expectedText.split(";")) {
          expected.add(Expected.parse(part));
        }
      }
      String text = row[1].replace("\\n", "\n");
      Document document = SharedPipeline.get().process(
          Document.of(row[0], text).withLanguage(language).withPublished(LocalDate.of(2024, 3, 15)));
      List<Fact> facts = new ArrayList<>(document.facts());
      boolean ok = true;
      for (Expected e : expected) {
        Fact hit = facts.stream().filter(e::matches).findFirst().orElse(null);
        if (hit == null) {
          ok = false;
        } else {
          facts.remove(hit);
        }
      }
      if (!ok || !facts.isEmpty()) {
        failures.add(row[0] + " " + row[1] + "\n    expected: " + expectedText + "\n    found:    "
            + document.facts().stream().map(FactTableIT::describe).toList());
      }
    }
    System.out.printf(Locale.ROOT, "fact table %s: %d/%d rows pass%n", language, rows.size() - failures.size(),
        rows.size());
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertThat(rows).as("rows of facts/%s.tsv", language).isNotEmpty();
    assertThat(failures).as("failing rows of facts/%s.tsv", language).isEmpty();
  }

  private static String describe(Fact f) {
    return f.kind() + " " + f.value() + (f.approximate() ? " ~" : "") + (f.min() == null ? "" : " min=" + f.min())
        + (f.max() == null ? "" : " max=" + f.max()) + " by=" + (f.reportedBy() == null ? "-" : f.reportedBy().actor())
        + " ev=" + f.evidence().size();
  }

  private static List<String[]> rows(String language) throws IOException {
    return TableRows.read("/facts/" + language + ".tsv", 3);
  }
}
