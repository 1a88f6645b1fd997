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
  /**
   * A dependent an expression requires: "exprimer obj=regret" requires an {@code obj} "regret". Two
   * relations are positional rather than syntactic, for patterns written over words (PETRARCH's
   * verb dictionaries): {@link #AFTER} is a word of the predicate's phrase after its head, {@link
   * #BEFORE} a word before the head that governs it or belongs to its clause ("said", "not", "will");
   * consecutive positional dependents must occur in the order written.
   */
  record Dependent(String relation, String lemma) {
    static final String AFTER = "after";
    static final String BEFORE = "before";

    boolean positional() {
      return relation.equals(AFTER) || relation.equals(BEFORE);
    }
  }

  /**
   * One row of the lexicon. {@code reciprocal}: the CAMEO code of the target's act back on the
   * source that the same words report, or null ("X left for Y" is X visiting Y and Y hosting X:
   * {@code 032:033}).
   */
  record Predicate(String head, String pos, List<Dependent> dependents, String plover, String mode,
                   String cameo, String reciprocal, List<String> source, List<String> target, Set<String> flags,
                   String row) {
    /** True when a match codes an event: a PLOVER type or a CAMEO code, and not a marker row. */
    boolean codesEvent() {
      return !speech() && !future() && (!plover.isBlank() || (cameo != null && !cameo.isBlank()));
    }

    /** What identifies the kind of act when merging mentions: the PLOVER type, else the CAMEO code. */
    String kind() {
      return plover.isBlank() ? "cameo:" + cameo : plover;
    }

    /**
     * The acts it governs are coded as events of their own (PETRARCH's convention: "X said Y
     * attacked Z" codes both), instead of being absorbed into an appeal, threat or agreement.
     */
    boolean transparent() {
      return flags.contains("transparent");
    }

    boolean speech() {
      return flags.contains("speech");
    }

    boolean future() {
      return flags.contains("future");
    }

    boolean symmetric() {
      return flags.contains("symmetric");
    }

    /** An event only with an object: "Indonesia sheltered refugees" is aid, "people were sheltering" is not. */
    boolean transitive() {
      return flags.contains("transitive");
    }

    /**
     * Only for a coordinated subject, and then before the entries without this flag: a user verb
     * dictionary's {@code - % * [030:030]} ("Gondor and Osgiliath agree" is a joint act, not the
     * verb's default code).
     */
    boolean compound() {
      return flags.contains("compound");
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
  /** The lexicon a user's entries are layered on, or null for a language's own lexicon. */
  private final PredicateLexicon base;

  static PredicateLexicon forLanguage(String language) {
    return LOADED.computeIfAbsent(language, PredicateLexicon::new);
  }

  /**
   * A user's entries over {@code base}: a head the user's entries name hides every entry of
   * {@code base} for the tokens that have it as a form, whether or not one of the user's entries
   * then matches (a dictionary that lists a verb with no default code says "not an event by itself").
   */
  static PredicateLexicon layered(PredicateLexicon base, List<Predicate> user) {
    return new PredicateLexicon(base, user);
  }

  private PredicateLexicon(PredicateLexicon base, List<Predicate> user) {
    this.base = base;
    user.forEach(this::add);
    sortBySpecificity();
  }

  private PredicateLexicon(String language) {
    this.base = null;
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
      String[] codes = row.get("cameo").split(":", 2);
      Predicate predicate = new Predicate(head.toString().toLowerCase(Locale.ROOT), row.get("pos"),
          List.copyOf(dependents), row.get("plover"), blankToNull(row.get("mode")), codes[0],
          codes.length > 1 ? blankToNull(codes[1]) : null,
          slots(row.get("source")), slots(row.get("target")), flags(row.get("flags")), row.resource() + ":" + row.line());
      add(predicate);
    }
    sortBySpecificity();
  }

  private void add(Predicate predicate) {
    all.add(predicate);
    byHead.computeIfAbsent(predicate.bareHead(), k -> new ArrayList<>()).add(predicate);
  }

  /** The most specific expression first: "exprimer obj=regret" before "exprimer" (a stable sort: file order otherwise). */
  private void sortBySpecificity() {
    byHead.values().forEach(list -> list.sort((a, b) -> b.dependents().size() - a.dependents().size()));
  }

  /** The predicates whose head lemma is {@code lemma}, most specific first (this layer only). */
  List<Predicate> withHead(String lemma) {
    return byHead.getOrDefault(lemma, List.of());
  }

  /**
   * The predicates a token with these forms (lemmas first) may be, in the order to try them: a
   * user's entries for any of the forms first, and then, only when the user names none of the
   * forms, the entries of the lexicon underneath. {@code surface}: the token as written, lower-cased.
   */
  List<Predicate> candidates(java.util.Collection<String> forms, String surface) {
    List<Predicate> found = new ArrayList<>();
    if (base != null) {
      // A user's entry for the word as written wins over one for its lemma: PETRARCH dictionaries
      // list "LEFT [032:033]" (left for a visit) apart from "LEAVE [012]".
      found.addAll(withHead(surface));
    }
    for (String form : forms) {
      if (base == null || !form.equals(surface)) {
        found.addAll(withHead(form));
      }
    }
    if (base == null || forms.stream().anyMatch(byHead::containsKey)) {
      return found;
    }
    return base.candidates(forms, surface);
  }

  /** Every verb head, for building the French form table. */
  List<String> verbHeads() {
    if (base != null) {
      List<String> heads = new ArrayList<>(base.verbHeads());
      all.stream().filter(p -> p.pos().equals("VERB")).map(Predicate::bareHead).filter(h -> !heads.contains(h)).forEach(heads::add);
      return heads;
    }
    return all.stream().filter(p -> p.pos().equals("VERB")).map(Predicate::bareHead).distinct().toList();
  }

  boolean isEmpty() {
    return all.isEmpty() && (base == null || base.isEmpty());
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
