package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.ActorRef;
import org.vigie.model.Document;
import org.vigie.model.Event;

/**
 * Reads the real suites under the shared folder. Expected counts were taken with an independent
 * script (regular expressions over the XML, Python's json module), not with this reader.
 */
class SharedSuitesTest {
  private static List<SuiteRecord> load(String name) {
    Path shared = SuiteTestKit.shared();
    for (Path file : Suites.files(name, shared)) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("suite " + name + " needs " + file + ", which is missing");
      }
    }
    return Suites.load(name, shared);
  }

  @ParameterizedTest(name = "{0}: {1} records, {2} gold codings, {3} expecting no event")
  @CsvSource({
      "petrarch2-unit, 284, 359, 27",
      "petrarch2-gsr,   78,  80, 12",
      "plover-gsr,     322, 363,  0",
  })
  void realFilesHaveTheirCounts(String name, int records, int codings, int noEvent) {
    List<SuiteRecord> suite = load(name);

    assertThat(suite).hasSize(records);
    assertThat(suite.stream().mapToInt(r -> r.codings().size()).sum()).isEqualTo(codings);
    assertThat(suite.stream().filter(SuiteRecord::expectsNoEvent).count()).isEqualTo(noEvent);
    assertThat(suite.stream().map(SuiteRecord::id).distinct().count()).as("unique ids").isEqualTo(records);
    assertThat(suite).allSatisfy(r -> assertThat(r.text()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"petrarch2-unit", "petrarch2-gsr"})
  void petrarchRecordsKeepTheirFirstCodingAndType(String name) {
    SuiteRecord first = load(name).get(0);

    if (name.equals("petrarch2-unit")) {
      assertThat(first.id()).isEqualTo("DEMO-00");
      assertThat(first.codings()).containsExactly(new GoldCoding("ARN", "GON", "064", "COOPERATE"));
    } else {
      assertThat(first.id()).isEqualTo("AFP0808020625_4");
      assertThat(first.text()).startsWith("The stopover came as the US leader").endsWith("out of the Games.");
      assertThat(first.codings()).containsExactly(new GoldCoding("USA", "CHN", "042", "CONSULT"));
      // the one record with an empty <Text>, rebuilt from its CoNLL-U parse
      assertThat(load(name)).filteredOn(r -> r.id().equals("abc12_3")).singleElement()
          .satisfies(r -> assertThat(r.text()).startsWith("Boko Haram has launched many similar attacks"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"petrarch2-unit", "petrarch2-gsr", "plover-gsr"})
  void goldEchoedByThePipelineScoresOneAndNoOutputScoresZero(String name) {
    Map<String, SuiteRecord> byId = load(name).stream()
        .collect(Collectors.toMap(SuiteRecord::id, Function.identity()));
    Function<Document, Document> echo = doc -> doc.withEvents(byId.get(doc.id()).codings().stream()
        .map(c -> new Event("g", c.plover(), null, null, c.cameo(), null, null, actor(c.source()), actor(c.target()),
            null, null, false, false, null, List.of(), "gold", 1.0))
        .toList());

    Map<String, Object> perfect = json(name, echo::apply);
    Map<String, Object> empty = json(name, doc -> doc);

    assertThat(perfect.get("exactRate")).isEqualTo(1.0);
    assertThat(perfect.get("fullRate")).isEqualTo(name.equals("plover-gsr") ? null : 1.0);
    assertThat(perfect.get("spuriousEvents")).isEqualTo(0);
    assertThat(perfect.get("microF1")).isEqualTo(1.0);
    assertThat(empty.get("exactRate")).isEqualTo(0.0);
    assertThat(empty.get("systemEvents")).isEqualTo(0);
  }

  @org.junit.jupiter.api.Test
  void ploverTableSaysItComparesTypesAndHasNoFullCodeRate() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Suites.run("plover-gsr", SuiteTestKit.shared(), doc -> doc, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("suite plover-gsr: 322 records (0 expect no event), 363 gold codings, 0 system events")
        .containsPattern("exact coding \\(source, target, PLOVER type\\): +0 / 363 +0\\.0%")
        .containsPattern("full code .* 0 / 0 +n/a")
        .containsPattern("REQUEST +37 +0 +0"); // DEMAND, renamed
  }

  /** The gold code as a system actor: a quoted phrase is an uncoded actor with that name. */
  private static ActorRef actor(String code) {
    if (code == null) {
      return null;
    }
    return code.startsWith("\"") ? new ActorRef(null, code.replace("\"", ""), null) : new ActorRef(null, code, code);
  }

  private static Map<String, Object> json(String name, java.util.function.UnaryOperator<Document> pipeline) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = Suites.run(name, SuiteTestKit.shared(), pipeline, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    assertThat(status).as(bytes.toString(StandardCharsets.UTF_8)).isZero();
    try {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes.toByteArray());
      Map<String, Object> values = new HashMap<>();
      values.put("exactRate", node.get("exactRate").isNull() ? null : node.get("exactRate").asDouble());
      values.put("fullRate", node.get("fullRate").isNull() ? null : node.get("fullRate").asDouble());
      values.put("spuriousEvents", node.get("spuriousEvents").asInt());
      values.put("systemEvents", node.get("systemEvents").asInt());
      values.put("microF1", node.at("/micro/f1").asDouble());
      return values;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
