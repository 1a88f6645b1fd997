package org.vigie.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.lang.Tsv;

/**
 * The number words and conventions of one language ({@code lang/<language>/numbers.tsv}): forms by
 * kind, each cut into pieces, matched longest first. Loaded once per JVM; read-only afterwards.
 */
final class NumberWords {
  /** One row: its kind, its form as normalised pieces, its value (null when the kind has none). */
  record Entry(String kind, List<String> pieces, BigDecimal value) {
  }

  /** A form found in a text: the entry and the index of the first piece after it. */
  record Match(Entry entry, int end) {
  }

  private static final Map<String, NumberWords> LOADED = new ConcurrentHashMap<>();

  private final Map<String, List<Entry>> byKind = new HashMap<>();

  static NumberWords forLanguage(String language) {
    return LOADED.computeIfAbsent(language, NumberWords::new);
  }

  static boolean exists(String language) {
    return Tsv.exists("/lang/" + language + "/numbers.tsv");
  }

  private NumberWords(String language) {
    for (Tsv.Row row : Tsv.rows("/lang/" + language + "/numbers.tsv")) {
      String value = row.get("value");
      List<String> pieces = Pieces.form(row.get("form"));
      if (pieces.isEmpty()) {
        continue;
      }
      byKind.computeIfAbsent(row.get("kind"), k -> new ArrayList<>())
          .add(new Entry(row.get("kind"), pieces, value.isEmpty() ? null : new BigDecimal(value)));
    }
    for (List<Entry> entries : byKind.values()) {
      entries.sort(Comparator.comparingInt((Entry e) -> e.pieces().size()).reversed());
    }
  }

  /**
   * The longest form of one of {@code kinds} that starts at piece {@code at}, or null. With
   * {@code hyphens}, hyphens between words are passed over on both sides ("quatre-vingt" matches
   * "quatre vingt").
   */
  Match match(List<Pieces.Piece> pieces, int at, boolean hyphens, String... kinds) {
    Match best = null;
    for (String kind : kinds) {
      for (Entry entry : byKind.getOrDefault(kind, List.of())) {
        int end = matchAt(entry.pieces(), pieces, at, hyphens);
        if (end > at && (best == null || end > best.end())) {
          best = new Match(entry, end);
        }
      }
    }
    return best;
  }

  /** Whether the piece at {@code at} alone (a single-piece form) is of {@code kind}. */
  boolean is(String kind, String norm) {
    for (Entry entry : byKind.getOrDefault(kind, List.of())) {
      if (entry.pieces().size() == 1 && entry.pieces().get(0).equals(norm)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a form of {@code kind} ends just before piece {@code at} (the pieces before a number:
   * "n°", "en", "décembre"). A hyphen glued before {@code at} is passed over ("mi-2023").
   */
  boolean endsBefore(List<Pieces.Piece> pieces, int at, String kind) {
    int end = at;
    if (end > 0 && pieces.get(end - 1).is("-") && pieces.get(end - 1).glued()) {
      end--;
    }
    for (Entry entry : byKind.getOrDefault(kind, List.of())) {
      int size = entry.pieces().size();
      int from = end - size;
      if (from >= 0 && matchAt(entry.pieces(), pieces, from, false) == end) {
        return true;
      }
    }
    return false;
  }

  /** The value of the single entry of {@code kind} (such as the decimal mark), or null. */
  String first(String kind) {
    List<Entry> entries = byKind.getOrDefault(kind, List.of());
    return entries.isEmpty() ? null : String.join("", entries.get(0).pieces());
  }

  /** Values of the tens words that a teen may follow ("soixante" 60 in "soixante-dix"). */
  java.util.Set<BigDecimal> teenAfter() {
    java.util.Set<BigDecimal> values = new java.util.HashSet<>();
    for (Entry after : byKind.getOrDefault("teen-after", List.of())) {
      for (Entry tens : byKind.getOrDefault("tens", List.of())) {
        if (tens.pieces().equals(after.pieces())) {
          values.add(tens.value());
        }
      }
    }
    return values;
  }

  private static int matchAt(List<String> form, List<Pieces.Piece> pieces, int at, boolean hyphens) {
    int i = at;
    int f = 0;
    while (f < form.size()) {
      if (hyphens && form.get(f).equals("-")) {
        f++;
        continue;
      }
      if (hyphens && i < pieces.size() && i > at && pieces.get(i).is("-") && pieces.get(i).glued()) {
        i++;
        continue;
      }
      if (i >= pieces.size() || !pieces.get(i).norm().equals(form.get(f))) {
        return -1;
      }
      i++;
      f++;
    }
    return i > at ? i : -1;
  }
}
