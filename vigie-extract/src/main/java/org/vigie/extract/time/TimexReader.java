package org.vigie.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds temporal expressions in a text, for one language: absolute dates ("12 décembre 2023", "le
 * 12/12/2023", "Dec. 12, 2023", "2023-12-12"), relative ones ("hier", "vendredi dernier", "la
 * semaine dernière", "il y a deux jours", "last Friday", "two days ago"), partial dates ("en
 * décembre", "in March", "en 2022"), durations and periods ("66 jours", "depuis le 7 octobre",
 * "over the past week") and a few recurrences ("chaque mois").
 *
 * <p>The words come from {@code lang/LANG/time.tsv} (see docs/time.md); the rules are general.
 * {@link #find(String)} only reads: apply a reference date and tense with
 * {@link TimexResolver#resolve}. Readers are immutable and safe to share between threads; bad input
 * never throws, it gives no expression.
 *
 * <pre>{@code
 * TimexReader reader = TimexReader.forLanguage("fr");
 * for (Timex timex : reader.find(sentenceText)) {
 *   Tense tense = TenseGuess.guess("fr", sentenceText, timex.start(), timex.end());
 *   ResolvedTimex resolved = TimexResolver.resolve(timex, published, tense);
 * }
 * }</pre>
 */
public final class TimexReader {
  private static final Map<String, TimexReader> READERS = new ConcurrentHashMap<>();

  private final String language;
  private final TimexParser parser;

  private TimexReader(String language, TimexParser parser) {
    this.language = language;
    this.parser = parser;
  }

  /**
   * The reader of {@code language} (ISO 639-1, "fr" or "en"); one per language per JVM. A language
   * without a grammar file gives a reader that finds nothing.
   */
  public static TimexReader forLanguage(String language) {
    String key = language == null ? "" : language.toLowerCase(Locale.ROOT).strip();
    return READERS.computeIfAbsent(key, k -> new TimexReader(k, new TimexParser(
        k.matches("[a-z]{2,3}") ? TimeLexicon.load(k) : TimeLexicon.load("none"))));
  }

  /** The language of this reader. */
  public String language() {
    return language;
  }

  /**
   * The temporal expressions of {@code text}, in text order, without overlaps; offsets are into
   * {@code text}. Null or empty text gives an empty list.
   */
  public List<Timex> find(String text) {
    try {
      return List.copyOf(parser.find(text));
    } catch (RuntimeException e) {
      // the grammar is meant never to fail; should a rule meet an input it did not foresee, that
      // sentence gives no expression rather than stopping the article
      return List.of();
    }
  }
}
