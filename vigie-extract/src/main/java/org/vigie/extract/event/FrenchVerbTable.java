package org.vigie.extract.event;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.vigie.lang.FrenchVerbs;

/** French word forms of the lexicon's verbs, mapped back to their infinitives ({@link FrenchVerbs}). */
final class FrenchVerbTable {
  private FrenchVerbTable() {
  }

  static Function<String, Set<String>> of(Collection<String> infinitives) {
    FrenchVerbs verbs = FrenchVerbs.load().withLemmas(infinitives);
    return verbs::lemmas;
  }
}
