package org.vigie.extract.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.lang.Tsv;

/**
 * The constructions around predicates of one language ({@code lang/<language>/frames.tsv}):
 * patient frames ("faire l'objet de", "come under"), cause locutions ("en raison de"),
 * prepositional locutions that are no antecedents, and documents that bodies vote. Loaded once per
 * JVM, read-only after.
 */
final class Frames {
  private static final Map<String, Frames> LOADED = new ConcurrentHashMap<>();

  /** Patient frame verbs to their nouns ("-" when the act is the verb's own complement). */
  private final Map<String, Set<String>> patients = new HashMap<>();
  private final Set<String> causes = new HashSet<>();
  private final Set<String> locutions = new HashSet<>();
  private final Set<String> documents = new HashSet<>();
  private final Set<String> pairs = new HashSet<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> sites = new HashSet<>();
  private final Set<String> flags = new HashSet<>();
  private final Set<String> posts = new HashSet<>();
  private final Set<String> opinions = new HashSet<>();

  static Frames forLanguage(String language) {
    return LOADED.computeIfAbsent(language, Frames::new);
  }

  private Frames(String language) {
    String resource = "/lang/" + language + "/frames.tsv";
    if (!Tsv.exists(resource)) {
      return;
    }
    for (Tsv.Row row : Tsv.rows(resource)) {
      String words = row.get("words").strip().toLowerCase(Locale.ROOT);
      switch (row.get("kind")) {
        case "patient" -> {
          String[] parts = words.split("\\s+");
          patients.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts.length > 1 ? parts[1] : "-");
        }
        case "cause" -> causes.add(words);
        case "locution" -> locutions.add(words);
        case "document" -> documents.add(words);
        case "pair" -> pairs.add(words);
        case "people" -> people.add(words);
        case "site" -> sites.add(words);
        case "flag" -> flags.add(words);
        case "post" -> posts.add(words);
        case "opinion" -> opinions.add(words);
        default -> throw new IllegalStateException(row.resource() + ":" + row.line() + ": unknown kind " + row.get("kind"));
      }
    }
  }

  /** The verbs of the patient and opinion frames, for the French form table. */
  Set<String> frameVerbs() {
    Set<String> verbs = new HashSet<>(patients.keySet());
    verbs.addAll(opinions);
    return verbs;
  }

  /** Whether {@code verb} (a lemma) with {@code noun} (a lemma, or "-") is a patient frame. */
  boolean patient(List<String> verbLemmas, String noun) {
    for (String verb : verbLemmas) {
      if (patients.getOrDefault(verb, Set.of()).contains(noun)) {
        return true;
      }
    }
    return false;
  }

  boolean cause(String word) {
    return causes.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean locution(String word) {
    return locutions.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "deux", "two", "both": with a plural noun, a pair named earlier. */
  boolean pair(String word) {
    return pairs.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A noun of people ("ministre", "leader"), in the singular. */
  boolean people(String word) {
    return people.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A noun of a place people live or gather in ("camp", "hôpital"): its bare complements say what kind it is. */
  boolean site(String word) {
    return sites.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A word of a ship's flag ("flagged", "pavillon"): the country it names owns the ship. */
  boolean flag(String word) {
    return flags.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A military site ("base", "position"): force used on it falls on the armed forces. */
  boolean post(String word) {
    return posts.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A verb of opinion ("juger", "deem"): an act named as its object is judged, not done, by its subject. */
  boolean opinion(java.util.Collection<String> lemmas) {
    return lemmas.stream().anyMatch(lemma -> opinions.contains(lemma.toLowerCase(Locale.ROOT)));
  }

  boolean document(String word) {
    return documents.contains(word.toLowerCase(Locale.ROOT));
  }
}
