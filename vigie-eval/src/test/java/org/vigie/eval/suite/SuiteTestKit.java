package org.vigie.eval.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.ActorRef;
import org.vigie.model.Event;

/** Hand-built events, fixtures and the shared folder for the suite tests. */
final class SuiteTestKit {
  /** A few CAMEO codes with their PLOVER types, as in the codebook. */
  static final CameoPlover TYPES = CameoPlover.of(pairs(
      "01", "", "010", "", "02", "", "023", "",
      "03", "AGREE", "031", "AGREE", "06", "COOPERATE", "064", "COOPERATE",
      "17", "COERCE", "172", "COERCE", "1721", "COERCE", "174", "COERCE",
      "22", "", "08", "CONCEDE|RETREAT"));

  static final ActorMatch ACTORS = ActorMatch.withRoles(Set.of("GOV", "MIL", "COP", "CVL", "OPP", "ELI", "MED"));

  private SuiteTestKit() {
  }

  private static Map<String, String> pairs(String... keysAndValues) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Event event(String source, String target, String cameo) {
    return event(source, target, cameo, null);
  }

  static Event event(String source, String target, String cameo, String plover) {
    return new Event("ev1", plover, null, null, cameo, null, null, actor(source), actor(target), null, null,
        false, false, null, List.of(), "test", 1.0);
  }

  static ActorRef actor(String code) {
    return code == null ? null : new ActorRef(null, code, code);
  }

  static String fixture(String name) {
    try (InputStream in = SuiteTestKit.class.getResourceAsStream("/suite/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: /suite/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared folder: the vigie.shared property the parent pom sets, else ../shared and ../../shared. */
  static Path shared() {
    return org.vigie.eval.SharedData.root();
  }

}
