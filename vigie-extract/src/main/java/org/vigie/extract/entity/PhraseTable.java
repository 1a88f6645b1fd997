package org.vigie.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Surface forms mapped to values, matched in running text at token boundaries.
 *
 * <p>How a form must be cased in the text depends on the form (see {@link CaseRule}): an
 * abbreviation in capitals (ONU, UE, AFP) must match exactly; a one-word name (Russie, Iran) must
 * start with a capital in the text; a phrase of several words (conseil de sécurité des Nations
 * unies) or a demonym matches whatever its case. Typographic apostrophes, hyphens and spaces are
 * interchangeable with their ASCII forms.
 *
 * @param <V> what a form stands for
 */
final class PhraseTable<V> {
  /** How the case of a form must agree with the text. */
  enum CaseRule { EXACT, CAPITALISED, ANY }

  private record Entry<V>(String form, CaseRule rule, boolean prefix, V value) {
  }

  /** One occurrence of a form: half-open character range and the value. */
  record Match<V>(int start, int end, V value) {
  }

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  /** Keys of one-word prefix forms, looked up for every start of a longer word. */
  private final java.util.Set<String> prefixKeys = new java.util.HashSet<>();

  /** Adds a form with the case rule its shape implies (see class comment). */
  void add(String form, V value) {
    add(form, defaultRule(form), value);
  }

  void add(String form, CaseRule rule, V value) {
    add(form, rule, false, value);
  }

  /** With {@code prefix}, the form also matches the start of a longer word ("Argentin" in "Argentina"). */
  void add(String form, CaseRule rule, boolean prefix, V value) {
    String normalized = normalize(form.strip());
    if (normalized.isEmpty()) {
      return;
    }
    String key = firstWord(normalized, 0).toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return;
    }
    if (prefix && !normalized.contains(" ")) {
      prefixKeys.add(key);
    }
    List<Entry<V>> entries = byFirstWord.computeIfAbsent(key, k -> new ArrayList<>());
    entries.add(new Entry<>(normalized, rule, prefix, value));
    entries.sort(Comparator.comparingInt((Entry<V> e) -> e.form().length()).reversed());
  }

  boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  static CaseRule defaultRule(String form) {
    String letters = form.replaceAll("[^\\p{L}]", "");
    if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return CaseRule.EXACT;
    }
    if (!form.strip().contains(" ") && !letters.isEmpty() && Character.isUpperCase(letters.charAt(0))) {
      return CaseRule.CAPITALISED;
    }
    return CaseRule.ANY;
  }

  /**
   * The longest form starting at {@code start} in {@code text} (already {@link #normalize normalized})
   * whose end falls on a token end, or null.
   */
  Match<V> longestAt(String text, int start, java.util.function.IntPredicate isTokenEnd) {
    String key = firstWord(text, start).toLowerCase(Locale.ROOT);
    List<Entry<V>> entries = byFirstWord.get(key);
    if (entries != null) {
      for (Entry<V> entry : entries) {
        int end = matchEnd(text, start, entry);
        if (end > 0 && isTokenEnd.test(end)) {
          return new Match<>(start, end, entry.value());
        }
      }
    }
    for (int length = key.length() - 1; length >= 3 && !prefixKeys.isEmpty(); length--) {
      String prefix = key.substring(0, length);
      if (prefixKeys.contains(prefix)) {
        for (Entry<V> entry : byFirstWord.get(prefix)) {
          int end = entry.prefix() ? matchEnd(text, start, entry) : -1;
          if (end > 0 && isTokenEnd.test(end)) {
            return new Match<>(start, end, entry.value());
          }
        }
      }
    }
    return null;
  }

  /** All values whose form is exactly {@code phrase} (after normalization, ignoring case rules). */
  List<V> lookup(String phrase) {
    String normalized = normalize(phrase.strip());
    List<Entry<V>> entries = byFirstWord.get(firstWord(normalized, 0).toLowerCase(Locale.ROOT));
    List<V> values = new ArrayList<>();
    if (entries != null) {
      for (Entry<V> entry : entries) {
        if (entry.form().equalsIgnoreCase(normalized)) {
          values.add(entry.value());
        }
      }
    }
    return values;
  }

  private static int matchEnd(String text, int start, Entry<?> entry) {
    String form = entry.form();
    int t = start;
    for (int f = 0; f < form.length(); f++) {
      char fc = form.charAt(f);
      if (fc == ' ') {
        // One space in a form matches any run of horizontal white space in the text.
        if (t >= text.length() || !isSpace(text.charAt(t))) {
          return -1;
        }
        while (t < text.length() && isSpace(text.charAt(t))) {
          t++;
        }
        continue;
      }
      if (t >= text.length()) {
        return -1;
      }
      char tc = text.charAt(t);
      boolean same = switch (entry.rule()) {
        case EXACT -> tc == fc;
        case CAPITALISED -> f == 0 ? Character.isUpperCase(tc) && Character.toLowerCase(tc) == Character.toLowerCase(fc)
            : Character.toLowerCase(tc) == Character.toLowerCase(fc);
        case ANY -> Character.toLowerCase(tc) == Character.toLowerCase(fc);
      };
      if (!same) {
        return -1;
      }
      t++;
    }
    // A form must not end inside a word: "Iran" does not match the start of "Iranian"; a prefix
    // form takes the rest of the word.
    if (t < text.length() && Character.isLetterOrDigit(text.charAt(t))
        && Character.isLetterOrDigit(form.charAt(form.length() - 1))) {
      if (!entry.prefix()) {
        return -1;
      }
      while (t < text.length() && Character.isLetter(text.charAt(t))) {
        t++;
      }
    }
    return t;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
  }

  /** The run of letters starting at {@code start}. */
  static String firstWord(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /**
   * Replaces typographic apostrophes, hyphens and spaces (and the underscore) with ASCII ones, one character for one, so
   * offsets into the normalized text are offsets into the original.
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(switch (c) {
        case '\u2019', '\u02bc', '\u2018', '\u00b4', '`' -> '\'';
        case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
        // A space written as '_' (PETRARCH's convention, "Dol_Amroth"): the tokenizer keeps it one word.
        case '\u00a0', '\u202f', '\u2009', '_' -> ' ';
        default -> c;
      });
    }
    return out.toString();
  }
}
