package org.vigie.extract.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.lang.Tsv;

/**
 * The words of one language's time grammar ({@code lang/LANG/time.tsv}), looked up as token
 * sequences at a position of a tokenised text.
 */
final class TimeLexicon {
  /** One grammar word: its tokens' keys, its kind, value and flags. */
  record Entry(List<String> keys, String kind, String value, Set<String> flags) {
  }

  /** An entry found at a position, covering {@code length} tokens. */
  record Hit(Entry entry, int length) {
    String value() {
      return entry.value();
    }
  }

  private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
  private final Map<String, String> settings = new HashMap<>();

  private TimeLexicon() {
  }

  /** Loads {@code /lang/LANG/time.tsv}; an empty lexicon when the language has none. */
  static TimeLexicon load(String language) {
    TimeLexicon lexicon = new TimeLexicon();
    String resource = "/lang/" + language + "/time.tsv";
    if (!Tsv.exists(resource)) {
      return lexicon;
    }
    for (Tsv.Row row : Tsv.rows(resource)) {
      String kind = row.get("kind");
      if (kind.equals("setting")) {
        lexicon.settings.put(row.get("value"), row.get("form"));
        continue;
      }
      List<String> keys = new ArrayList<>();
      for (TimeTokens.Tok tok : TimeTokens.tokenize(row.get("form"))) {
        keys.add(tok.key());
      }
      if (keys.isEmpty()) {
        continue;
      }
      Set<String> flags = row.get("flags").isBlank() ? Set.of() : Set.of(row.get("flags").trim().split("\\s+"));
      Entry entry = new Entry(List.copyOf(keys), kind, row.get("value"), flags);
      lexicon.byFirstKey.computeIfAbsent(TimeTokens.fold(keys.get(0)), k -> new ArrayList<>()).add(entry);
    }
    return lexicon;
  }

  /** Whether the language has no grammar file. */
  boolean isEmpty() {
    return byFirstKey.isEmpty();
  }

  /** A setting of the language ("dateorder" is DMY or MDY), or {@code fallback}. */
  String setting(String name, String fallback) {
    return settings.getOrDefault(name, fallback);
  }

  /** Every entry of {@code kind} that starts at token {@code i}, longest first. */
  List<Hit> at(List<TimeTokens.Tok> tokens, int i, String kind) {
    if (i < 0 || i >= tokens.size()) {
      return List.of();
    }
    List<Entry> candidates = byFirstKey.get(TimeTokens.fold(tokens.get(i).key()));
    if (candidates == null) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Entry entry : candidates) {
      if (entry.kind().equals(kind) && matches(tokens, i, entry)) {
        hits.add(new Hit(entry, entry.keys().size()));
      }
    }
    if (hits.size() > 1) {
      hits.sort((a, b) -> Integer.compare(b.length(), a.length()));
    }
    return Collections.unmodifiableList(hits);
  }

  /** The longest entry of {@code kind} at {@code i}, or null. */
  Hit first(List<TimeTokens.Tok> tokens, int i, String kind) {
    List<Hit> hits = at(tokens, i, kind);
    return hits.isEmpty() ? null : hits.get(0);
  }

  private static boolean matches(List<TimeTokens.Tok> tokens, int i, Entry entry) {
    List<String> keys = entry.keys();
    if (i + keys.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < keys.size(); k++) {
      TimeTokens.Tok tok = tokens.get(i + k);
      if (k > 0 && tokens.get(i + k - 1).end() != tok.start() && isGlue(keys.get(k))) {
        return false; // "mi-", "-ci", "l'" and abbreviation points are written against their word
      }
      String key = keys.get(k);
      if (!tok.key().equals(key)) {
        // a capital written without its accent: "Eté", "DECEMBRE"
        if (!(tok.capitalised() && TimeTokens.fold(tok.key()).equals(TimeTokens.fold(key)))) {
          return false;
        }
      }
    }
    if (entry.flags().contains("cap") && !tokens.get(i).capitalised()) {
      return false;
    }
    return true;
  }

  private static boolean isGlue(String key) {
    return key.equals("'") || key.equals("-") || key.equals(".");
  }
}
