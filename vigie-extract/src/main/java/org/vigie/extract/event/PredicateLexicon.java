package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.lang.Tsv;

/**
 * The predicates of one language ({@code lang/<language>/predicates.tsv}, format in
 * {@code docs/predicates.md}): verbs, nouns and multi-word expressions with the PLOVER type, CAMEO
 * code and argument slots of the event they report. Loaded once per JVM, read-only after.
 */
final class PredicateLexicon {
  /** A dependent an expression requires: "exprimer obj=regret" requires an {@code obj} "regret". */
  record Dependent(String relation, String lemma) {
  }

  /** One row of the lexicon. */
  record Predicate(String head, String pos, List<Dependent> dependents, String plover, String mode,
                   String cameo, List<String> source, List<String> target, Set<String> flags, String row) {
    boolean speech() {
      return flags.contains("speech");
    }

    boolean future() {
      return flags.contains("future");
    }

    boolean symmetric() {
      return flags.contains("symmetric");
    }

    boolean denial() {
      return flags.contains("denial");
    }

    /** The head lemma without the reflexive pronoun French writes in the infinitive. */
    String bareHead() {
      if (head.startsWith("s'") || head.startsWith("s’")) {
        return head.substring(2);
      }
      return head.startsWith("se ") ? head.substring(3) : head;
    }
  }

  private static final Map<String, PredicateLexicon> LOADED = new ConcurrentHashMap<>();

  private final Map<String, List<Predicate>> byHead = new HashMap<>();
  private final List<Predicate> all = new ArrayList<>();

  static PredicateLexicon forLanguage(String language) {
    return LOADED.computeIfAbsent(language, PredicateLexicon::new);
  }

  private PredicateLexicon(String language) {
    String resource = "/lang/" + language + "/predicates.tsv";
    if (!Tsv.exists(resource)) {
      return;
    }
    for (Tsv.Row row : Tsv.rows(resource)) {
      String[] parts = row.get("expression").strip().split("\\s+");
      List<Dependent> dependents = new ArrayList<>();
      StringBuilder head = new StringBuilder(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        if (eq > 0) {
          dependents.add(new Dependent(parts[i].substring(0, eq), parts[i].substring(eq + 1).toLowerCase(Locale.ROOT)));
        } else if (dependents.isEmpty()) {
          head.append(' ').append(parts[i]); // "se rendre", "according to"
        }
      }
      Predicate predicate = new Predicate(head.toString().toLowerCase(Locale.ROOT), row.get("pos"),
          List.copyOf(dependents), row.get("plover"), blankToNull(row.get("mode")), row.get("cameo"),
          slots(row.get("source")), slots(row.get("target")), flags(row.get("flags")), row.resource() + ":" + row.line());
      all.add(predicate);
      byHead.computeIfAbsent(predicate.bareHead(), k -> new ArrayList<>()).add(predicate);
    }
    // The most specific expression first: "exprimer obj=regret" before "exprimer".
    byHead.values().forEach(list -> list.sort((a, b) -> b.dependents().size() - a.dependents().size()));
  }

  /** The predicates whose head lemma is {@code lemma}, most specific first. */
  List<Predicate> withHead(String lemma) {
    return byHead.getOrDefault(lemma, List.of());
  }

  /** Every verb head, for building the French form table. */
  List<String> verbHeads() {
    return all.stream().filter(p -> p.pos().equals("VERB")).map(Predicate::bareHead).distinct().toList();
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  private static List<String> slots(String value) {
    if (value == null || value.isBlank() || value.equals("none")) {
      return List.of();
    }
    return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("none")).toList();
  }

  private static Set<String> flags(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Set.copyOf(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
