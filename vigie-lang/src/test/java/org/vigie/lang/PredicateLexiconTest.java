package org.vigie.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lints the predicate lexicons ({@code lang/<language>/predicates.tsv}, docs/predicates.md):
 * known PLOVER types and modes, known CAMEO codes whose PLOVER mapping agrees with the row, known
 * argument slots and flags, no duplicate (expression, pos) rows.
 */
class PredicateLexiconTest {
  private static final Set<String> SLOTS = Set.of("subj", "obj", "iobj", "inobj", "ccomp", "obl", "nmod", "amod", "poss", "clause");
  private static final Set<String> FLAGS = Set.of("speech", "future", "symmetric", "denial", "transparent", "transitive");
  private static final Set<String> POS = Set.of("VERB", "NOUN", "ADP");

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void everyRowIsWellFormed(String language) {
    Set<String> types = new HashSet<>();
    Tsv.rows("/lang/common/plover_types.tsv").forEach(r -> types.add(r.get("event")));
    Set<String> modes = new HashSet<>();
    Tsv.rows("/lang/common/plover_modes.tsv").forEach(r -> modes.add(r.get("event") + "/" + r.get("mode")));
    Map<String, String> cameo = new HashMap<>();
    Tsv.rows("/lang/common/cameo_events.tsv").forEach(r -> cameo.put(r.get("code"), r.get("plover")));

    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Tsv.Row> rows = Tsv.rows("/lang/" + language + "/predicates.tsv");
    for (Tsv.Row row : rows) {
      String where = "line " + row.line() + " (" + row.get("expression") + "): ";
      String plover = row.get("plover");
      Set<String> flags = new HashSet<>(List.of(row.get("flags").isBlank() ? new String[0] : row.get("flags").split(",")));
      boolean marker = flags.contains("speech") || flags.contains("future");
      if (!seen.add(row.get("expression") + "|" + row.get("pos"))) {
        problems.add(where + "duplicate expression and pos");
      }
      if (!POS.contains(row.get("pos"))) {
        problems.add(where + "unknown pos " + row.get("pos"));
      }
      if (!marker && !types.contains(plover)) {
        problems.add(where + "unknown PLOVER type '" + plover + "'");
      }
      if (!row.get("mode").isBlank() && !modes.contains(plover + "/" + row.get("mode"))) {
        problems.add(where + "unknown mode " + plover + "/" + row.get("mode"));
      }
      // "190:190": the second code is the target's act back on the source; the first gives the type.
      String[] codes = row.get("cameo").split(":", -1);
      String code = codes[0];
      if (codes.length > 2 || !Arrays.stream(codes).allMatch(cameo::containsKey)) {
        problems.add(where + "unknown CAMEO code " + row.get("cameo"));
      } else if (!marker && !agrees(plover, code, cameo)) {
        problems.add(where + "CAMEO " + code + " is " + cameo.get(code) + ", not " + plover);
      }
      for (String column : List.of("source", "target")) {
        for (String slot : row.get(column).split("\\|")) {
          String name = slot.contains(":") ? slot.substring(0, slot.indexOf(':')) : slot;
          if (!slot.isBlank() && !slot.equals("none") && !SLOTS.contains(name)) {
            problems.add(where + "unknown " + column + " slot " + slot);
          }
        }
      }
      for (String flag : flags) {
        if (!FLAGS.contains(flag.strip())) {
          problems.add(where + "unknown flag " + flag);
        }
      }
    }
    assertThat(rows).hasSizeGreaterThan(300);
    assertThat(problems).as("problems in lang/%s/predicates.tsv", language).isEmpty();
  }

  /**
   * A row's PLOVER type agrees with its CAMEO code's mapping, or the code's nearest mapped ancestor;
   * appeals (CAMEO 02x, unmapped in PLOVER) are REQUEST; the crosswalk's double root CONCEDE|RETREAT
   * accepts either, and sanctions (16x) may be SANCTION, as the PLOVER manual codes them.
   */
  private static boolean agrees(String plover, String code, Map<String, String> cameo) {
    if (code.startsWith("02")) {
      return plover.equals("REQUEST");
    }
    if (code.startsWith("16") && plover.equals("SANCTION")) {
      return true;
    }
    for (String c = code; !c.isEmpty(); c = c.substring(0, c.length() - 1)) {
      String mapped = cameo.getOrDefault(c, "");
      if (!mapped.isBlank()) {
        return List.of(mapped.split("\\|")).contains(plover);
      }
    }
    return true;
  }
}
