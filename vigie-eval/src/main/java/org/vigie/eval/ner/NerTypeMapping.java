package org.vigie.eval.ner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a tagger's labels into corpus types ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}).
 * Labels are matched ignoring case; a label the mapping does not name is dropped, so it counts
 * neither for nor against the tagger (the evaluation reports how many were dropped).
 */
public final class NerTypeMapping {
  private final Map<String, String> targets;

  private NerTypeMapping(Map<String, String> targets) {
    this.targets = targets;
  }

  /**
   * Vigie's {@link org.vigie.model.EntityType} names, the CoreNLP labels that have a CoNLL
   * counterpart, and the corpus types themselves.
   */
  public static NerTypeMapping defaults() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("PERSON", "PER");
    map.put("ORGANIZATION", "ORG");
    map.put("COUNTRY", "LOC");
    map.put("PLACE", "LOC");
    map.put("CITY", "LOC");
    map.put("STATE_OR_PROVINCE", "LOC");
    map.put("LOCATION", "LOC");
    // CoNLL-2003 and WikiNEuRal tag demonyms and nationality words as MISC ("Asian Cup",
    // "German"), which is what Vigie's GROUP and CoreNLP's NATIONALITY mostly hold. A GROUP that
    // is an organisation (Hamas) will count as a MISC error against an ORG gold span.
    map.put("GROUP", "MISC");
    map.put("NATIONALITY", "MISC");
    map.put("MISC", "MISC");
    map.put("PER", "PER");
    map.put("ORG", "ORG");
    map.put("LOC", "LOC");
    return of(map);
  }

  /**
   * A mapping from tagger labels to corpus types.
   *
   * @throws IllegalArgumentException on a blank label or type, or two labels that differ only in case
   */
  public static NerTypeMapping of(Map<String, String> labelToType) {
    Map<String, String> targets = new LinkedHashMap<>();
    labelToType.forEach((label, type) -> {
      if (label == null || label.isBlank() || type == null || type.isBlank()) {
        throw new IllegalArgumentException("blank label or type in NER type mapping: " + label + " -> " + type);
      }
      if (targets.put(key(label), type.strip()) != null) {
        throw new IllegalArgumentException("label '" + label + "' mapped twice (labels ignore case)");
      }
    });
    return new NerTypeMapping(targets);
  }

  /** The corpus type for {@code label}, empty when the mapping drops it. */
  public Optional<String> apply(String label) {
    return Optional.ofNullable(targets.get(key(label)));
  }

  /** The mapping as upper-cased labels to types, in the order given. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(targets);
  }

  private static String key(String label) {
    return label.strip().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "NerTypeMapping" + targets;
  }
}
