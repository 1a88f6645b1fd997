package org.vigie.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number tables ({@code numbers/numbers-fr.tsv}, {@code numbers/numbers-en.tsv}): each sentence
 * with the numbers a reader should find in it, their values, approximation, bounds and kind.
 */
class NumberReaderTableTest {

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String language : List.of("fr", "en")) {
      String resource = "/numbers/numbers-" + language + ".tsv";
      try (InputStream in = NumberReaderTableTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] fields = line.split("\t", -1);
          assertThat(fields).as(resource + ": " + line).hasSize(3);
          rows.add(Arguments.of(fields[0], language, fields[1], fields[2]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rows")
  void readsTheTable(String id, String language, String text, String expect) {
    List<Quantity> found = NumberReader.forLanguage(language).read(text);
    String actual = found.isEmpty() ? "-" : found.stream().map(NumberReaderTableTest::describe)
        .collect(Collectors.joining(" ; "));
    assertThat(actual).as(id + " " + text).isEqualTo(expect);
    for (Quantity quantity : found) {
      assertThat(text.substring(quantity.start(), quantity.end())).isEqualTo(quantity.text());
    }
  }

  /** A quantity in the notation of the table: "text => value" then ~, min=, max=, %. */
  static String describe(Quantity quantity) {
    StringBuilder out = new StringBuilder(quantity.text()).append(" => ").append(quantity.value().toPlainString());
    if (quantity.approximate()) {
      out.append(" ~");
    }
    if (quantity.min() != null) {
      out.append(" min=").append(quantity.min().toPlainString());
    }
    if (quantity.max() != null) {
      out.append(" max=").append(quantity.max().toPlainString());
    }
    if (quantity.kind() == Quantity.Kind.PERCENT) {
      out.append(" %");
    }
    return out.toString();
  }
}
