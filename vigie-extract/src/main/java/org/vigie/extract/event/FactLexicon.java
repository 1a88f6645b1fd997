package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.lang.Tsv;
import org.vigie.model.Token;

/**
 * The words of reported counts of one language ({@code lang/<language>/facts.tsv}): nouns of
 * casualties and arrests, verbs and states of those acts, count nouns ("bilan", "toll"), verbs that
 * report a count and nouns of people. Loaded once per JVM; read-only afterwards.
 */
final class FactLexicon {
  /** One row: the kind (empty for roles without one), the head word and an optional dependent's word. */
  record Entry(String kind, String head, String dependent, String role) {
  }

  private static final Map<String, FactLexicon> LOADED = new ConcurrentHashMap<>();

  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> verbs = new HashSet<>();

  static boolean exists(String language) {
    return Tsv.exists("/lang/" + language + "/facts.tsv");
  }

  static FactLexicon forLanguage(String language) {
    return LOADED.computeIfAbsent(language, FactLexicon::new);
  }

  private FactLexicon(String language) {
    for (Tsv.Row row : Tsv.rows("/lang/" + language + "/facts.tsv")) {
      String[] words = row.get("form").toLowerCase(Locale.ROOT).split(" ", 2);
      String role = row.get("role");
      entries.add(new Entry(row.get("kind"), words[0], words.length > 1 ? words[1] : null, role));
      if (role.endsWith("verb") || role.equals("intransitive") || role.equals("report")) {
        verbs.add(words[0]);
      }
    }
  }

  /** The infinitives of the lexicon's verbs (for French verb forms). */
  Set<String> verbs() {
    return verbs;
  }

  /**
   * The entry of {@code role} for {@code token}, whose lemmas are {@code lemmas}: a single-word form
   * matching one of them, or a two-word form whose second word is a dependent of the token ("faire
   * état", "take custody", "perdre la vie"). Null when none.
   */
  Entry find(String role, Token token, Set<String> lemmas, SentenceGraph graph, Lemmas lemmatizer) {
    Entry single = null;
    for (Entry entry : entries) {
      if (!entry.role().equals(role) || !lemmas.contains(entry.head())) {
        continue;
      }
      if (entry.dependent() == null) {
        single = single == null ? entry : single;
      } else if (hasDependent(graph, token, entry.dependent(), lemmatizer)) {
        return entry;
      }
    }
    // "fait état de…" parsed with "état" as the head and "fait" as its copula
    for (Entry entry : entries) {
      if (entry.role().equals(role) && entry.dependent() != null && lemmas.contains(entry.dependent())) {
        for (Token child : graph.children(token)) {
          if ((SentenceGraph.hasRelation(child, "cop") || SentenceGraph.hasRelation(child, "aux"))
              && lemmatizer.of(child).contains(entry.head())) {
            return entry;
          }
        }
      }
    }
    return single;
  }

  /** Whether the lexicon has a two-word form of {@code role} headed by one of {@code lemmas}. */
  boolean isPhraseHead(String role, Set<String> lemmas) {
    return entries.stream().anyMatch(e -> e.role().equals(role) && e.dependent() != null && lemmas.contains(e.head()));
  }

  private static boolean hasDependent(SentenceGraph graph, Token token, String word, Lemmas lemmatizer) {
    for (Token child : graph.children(token)) {
      if (lemmatizer.of(child).contains(word)) {
        return true;
      }
      for (Token grandchild : graph.children(child, "fixed")) {
        if (lemmatizer.of(grandchild).contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
