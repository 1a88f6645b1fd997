package org.vigie.extract.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** French word forms of the lexicon's verbs, mapped back to their infinitives. */
final class FrenchVerbTable {
  private FrenchVerbTable() {
  }

  static Function<String, Set<String>> of(Collection<String> infinitives) {
    Map<String, Set<String>> forms = new HashMap<>();
    for (String infinitive : infinitives) {
      if (infinitive.endsWith("er")) {
        String stem = infinitive.substring(0, infinitive.length() - 2);
        for (String ending : new String[] {"er", "é", "ée", "és", "ées", "e", "es", "ent", "ons", "ez", "ait", "aient",
            "a", "èrent", "era", "eront", "erait", "eraient", "ant"}) {
          forms.computeIfAbsent(stem + ending, k -> new HashSet<>()).add(infinitive);
        }
      }
    }
    return form -> forms.getOrDefault(form, Set.of());
  }
}
