package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.extract.event.PredicateLexicon.Dependent;
import org.vigie.extract.event.PredicateLexicon.Predicate;
import org.vigie.model.Token;

/**
 * Matches a predicate's positional dependents ({@code after=}, {@code before=}): words written in
 * order around the head, as PETRARCH's verb patterns are ("- SAID * DIPLOMATIC TIES"), read over the
 * dependency parse so that only words of the head's own clause count.
 *
 * <ul>
 *   <li>{@code after}: a word of the head's phrase (its subtree, coordinated clauses left out) after
 *       the head: "restored full diplomatic <b>ties</b> with Gondor".
 *   <li>{@code before}: a word before the head that governs it, belongs to its phrase, or depends
 *       directly on a word that governs it: "<b>said</b> it would restore", "did <b>not</b> restore".
 * </ul>
 *
 * <p>Each kind is matched in the order written, each word after the one matched before it.
 */
final class Positional {
  /** Relations whose subtree is another clause, not part of the head's phrase. */
  private static final Set<String> OTHER_CLAUSES = Set.of("conj", "parataxis");

  private Positional() {
  }

  /** Whether every positional dependent of {@code predicate} is found around {@code head}. */
  static boolean present(Predicate predicate, Lemmas lemmas, SentenceGraph graph, Token head) {
    return matched(predicate, lemmas, graph, head) != null;
  }

  /** The nouns the {@code after} words matched ("ties" in "restore ties with X"); empty when none. */
  static List<Token> nouns(Predicate predicate, Lemmas lemmas, SentenceGraph graph, Token head) {
    List<Token> tokens = matched(predicate, lemmas, graph, head);
    if (tokens == null) {
      return List.of();
    }
    return tokens.stream().filter(t -> t.index() > head.index() && "NOUN".equals(t.pos())).toList();
  }

  /** The tokens matching the positional dependents, or null when one is missing. */
  private static List<Token> matched(Predicate predicate, Lemmas lemmas, SentenceGraph graph, Token head) {
    List<Dependent> after = new ArrayList<>();
    List<Dependent> before = new ArrayList<>();
    for (Dependent dependent : predicate.dependents()) {
      if (dependent.relation().equals(Dependent.AFTER)) {
        after.add(dependent);
      } else if (dependent.relation().equals(Dependent.BEFORE)) {
        before.add(dependent);
      }
    }
    if (after.isEmpty() && before.isEmpty()) {
      return List.of();
    }
    List<Token> found = new ArrayList<>();
    if (!after.isEmpty() && !inOrder(after, phrase(graph, head).stream().filter(t -> t.index() > head.index()).toList(),
        lemmas, found)) {
      return null;
    }
    if (!before.isEmpty() && !inOrder(before, governing(graph, head), lemmas, found)) {
      return null;
    }
    return found;
  }

  /** Greedy left-to-right: each word is the first token with its form after the previous match. */
  private static boolean inOrder(List<Dependent> words, List<Token> tokens, Lemmas lemmas, List<Token> found) {
    int from = 0;
    for (Dependent word : words) {
      int at = -1;
      for (int i = from; i < tokens.size(); i++) {
        if (lemmas.of(tokens.get(i)).contains(word.lemma())) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        return false;
      }
      found.add(tokens.get(at));
      from = at + 1;
    }
    return true;
  }

  /** The head's phrase: its subtree without coordinated or juxtaposed clauses, in sentence order. */
  private static List<Token> phrase(SentenceGraph graph, Token head) {
    List<Token> result = new ArrayList<>();
    collect(graph, head, result, 0);
    result.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return result;
  }

  private static void collect(SentenceGraph graph, Token token, List<Token> into, int depth) {
    into.add(token);
    if (depth > 40) {
      return;
    }
    for (Token child : graph.children(token)) {
      if (OTHER_CLAUSES.stream().noneMatch(r -> SentenceGraph.hasRelation(child, r))) {
        collect(graph, child, into, depth + 1);
      }
    }
  }

  /** The tokens before the head that govern it, belong to its phrase or depend on a governor. */
  private static List<Token> governing(SentenceGraph graph, Token head) {
    Set<Token> candidates = new HashSet<>(phrase(graph, head));
    Token up = graph.head(head);
    for (int depth = 0; up != null && depth < 8; depth++) {
      candidates.add(up);
      candidates.addAll(graph.children(up));
      up = graph.head(up);
    }
    List<Token> result = new ArrayList<>(candidates.stream().filter(t -> t.index() < head.index()).toList());
    result.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return result;
  }
}
