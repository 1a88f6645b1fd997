package org.vigie.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Identifies the language of an article with Lingua, restricted to the languages Vigie's users meet
 * in news (fr, en, de, es, it, pt, nl, ru, ar, zh, tr, fa, uk, pl, ja): a short list keeps Lingua
 * fast and stops it from choosing a rare look-alike language. The detector is built once, on first
 * use, and is safe to share between threads.
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters are looked at: more adds time, not accuracy.
 * Reporting unsupported languages is the pipeline's job; this class only identifies.
 */
public final class LanguageIdentifier {
  static final int SAMPLE_CHARS = 2_000;
  /** Fewer letters than this and any answer would be a guess ("OK", "2023-12-11"). */
  static final int MIN_LETTERS = 12;

  private static final Language[] LANGUAGES = {
      Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
      Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.ARABIC, Language.CHINESE,
      Language.TURKISH, Language.PERSIAN, Language.UKRAINIAN, Language.POLISH, Language.JAPANESE};

  private LanguageIdentifier() {
  }

  /**
   * The ISO 639-1 code of the language of {@code text}, or null when it has too few letters or
   * Lingua cannot decide.
   */
  public static String identify(String text) {
    if (text == null) {
      return null;
    }
    String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, cutBefore(text, SAMPLE_CHARS));
    if (letters(sample) < MIN_LETTERS) {
      return null;
    }
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return null;
    }
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language to give a document: {@code forced} (the operator's {@code --lang}) wins, then
   * {@code declared} (from the article's metadata), then detection.
   */
  public static String choose(String forced, String declared, String text) {
    if (forced != null) {
      return forced;
    }
    if (declared != null && !declared.isBlank()) {
      return declared.strip().toLowerCase(Locale.ROOT);
    }
    return identify(text);
  }

  private static int cutBefore(String text, int limit) {
    // Cut at a space so the last word is not a fragment Lingua might misread.
    int space = text.lastIndexOf(' ', limit);
    return space > limit / 2 ? space : limit;
  }

  private static int letters(String sample) {
    int count = 0;
    for (int i = 0; i < sample.length() && count < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  // Initialization-on-demand holder: the JVM builds the detector once, lazily and thread-safely.
  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES).build();
  }
}
