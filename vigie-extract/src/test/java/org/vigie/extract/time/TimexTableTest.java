package org.vigie.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.lang.Tsv;

/**
 * The date tables {@code time/dates-fr.tsv} and {@code time/dates-en.tsv}: in each sentence the
 * reader finds the expression, and the resolver gives it the expected value and precision for the
 * row's reference date and tense.
 */
class TimexTableTest {

  static List<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (String language : List.of("fr", "en")) {
      for (Tsv.Row row : Tsv.rows("/time/dates-" + language + ".tsv")) {
        rows.add(Arguments.of(language + ":" + row.line(), language, row.get("sentence"), row.get("expression"),
            row.get("reference"), row.get("tense"), row.get("value"), row.get("precision")));
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("rows")
  void readsAndResolves(String where, String language, String sentence, String expression, String reference,
      String tense, String value, String precision) {
    List<Timex> found = TimexReader.forLanguage(language).find(sentence);
    Timex timex = found.stream().filter(t -> t.text().equals(expression)).findFirst().orElse(null);
    assertThat(timex).as("'%s' among %s", expression,
        found.stream().map(Timex::text).collect(Collectors.toList())).isNotNull();
    assertThat(sentence.substring(timex.start(), timex.end())).isEqualTo(expression);
    LocalDate ref = reference.equals("-") ? null : LocalDate.parse(reference);
    ResolvedTimex resolved = TimexResolver.resolve(timex, ref, Tense.valueOf(tense));
    assertThat(resolved.value()).as("value of '%s'", expression).isEqualTo(value.equals("-") ? null : value);
    assertThat(resolved.precision().label()).as("precision of '%s'", expression).isEqualTo(precision);
  }
}
