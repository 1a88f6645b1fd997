package org.vigie.eval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.Document;
import org.vigie.model.Event;

/**
 * The event-date tables ({@code dates/fr.tsv}, {@code dates/en.tsv}): short texts with their
 * publication date and, per PLOVER type, the dates its events must carry (issue #5: an event takes
 * the date of the expression governing its clause, else the story's time, else the publication
 * date). Every row must pass; failures are printed with what the system found.
 */
class EventDateTableIT {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void eventsTakeTheirDates(String language) throws IOException {
    List<String[]> rows = rows(language);
    List<String> failures = new ArrayList<>();
    for (String[] row : rows) {
      LocalDate published = LocalDate.parse(row[1]);
      Document document = SharedPipeline.get().process(
          Document.of(row[0], row[2]).withLanguage(language).withPublished(published));
      boolean ok = true;
      for (String part : row[3].split(";")) {
        String[] typeAndDates = part.strip().split("=", 2);
        List<String> expected = new ArrayList<>();
        for (String date : typeAndDates[1].split(",")) {
          expected.add(date.strip().equals("publication") ? published + " publication" : date.strip());
        }
        List<String> found = new ArrayList<>();
        for (Event event : document.events()) {
          if (typeAndDates[0].equals(event.plover())) {
            found.add(describe(event));
          }
        }
        ok &= sorted(expected).equals(sorted(found));
      }
      if (!ok) {
        failures.add(row[0] + " " + row[2] + "\n    expected: " + row[3] + "\n    found:    "
            + document.events().stream().map(e -> e.plover() + "=" + describe(e)).toList());
      }
    }
    System.out.printf(Locale.ROOT, "event date table %s: %d/%d rows pass%n", language, rows.size() - failures.size(),
        rows.size());
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertThat(rows).as("rows of dates/%s.tsv", language).hasSizeGreaterThanOrEqualTo(15);
    assertThat(failures).as("failing rows of dates/%s.tsv", language).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void withoutAPublicationDateRelativeDatesStayNullWithAWarning() {
    Document document = SharedPipeline.get().process(
        Document.of("nodate", "La police a arrêté lundi trois militants écologistes à Lyon.").withLanguage("fr"));
    assertThat(document.events()).isNotEmpty();
    assertThat(document.events()).allSatisfy(e -> assertThat(e.date()).isNull());
    assertThat(document.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("warn.no-published-date");
      assertThat(d.message()).contains("nodate").contains("lundi");
    });
  }

  /** An event's date as the table writes it: the value, with " publication" when it is only that. */
  private static String describe(Event event) {
    if (event.date() == null) {
      return "-";
    }
    return event.date().value() + ("publication".equals(event.date().precision()) ? " publication" : "");
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().filter(Objects::nonNull).sorted().toList();
  }

  private static List<String[]> rows(String language) throws IOException {
    return TableRows.read("/dates/" + language + ".tsv", 4);
  }
}
