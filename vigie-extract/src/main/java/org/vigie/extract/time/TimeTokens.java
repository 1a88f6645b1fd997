package org.vigie.extract.time;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into the tokens the time grammar works on: runs of letters, runs of digits (with a
 * decimal part: "30,4"), numeric dates kept whole ("2023-12-12", "12/12/2023", "12.12.2023"), and
 * every other non-space character alone. Apostrophes are one token ("l'an" is l, ', an), and so is
 * a hyphen ("avant-hier" is avant, -, hier); grammar forms are split the same way.
 */
final class TimeTokens {
  /** One token: half-open offsets, the text, its lower-case key, and its shape. */
  record Tok(int start, int end, String text, String key, Shape shape) {
    boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean lowerWord() {
      return shape == Shape.WORD && !capitalised();
    }

    /** The integer value of a digit token, or -1. */
    int number() {
      if (shape != Shape.NUMBER || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
        return -1;
      }
      return Integer.parseInt(text);
    }
  }

  /** What a token is made of. */
  enum Shape { WORD, NUMBER, NUMERIC_DATE, PUNCT }

  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\d/.\\-])(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/(\\d{4}|\\d{2})|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?![\\d/\\-]|\\.\\d)");

  private TimeTokens() {
  }

  static List<Tok> tokenize(String text) {
    List<Tok> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    Matcher dates = NUMERIC_DATE.matcher(text);
    int nextDate = dates.find() ? dates.start() : -1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (i == nextDate) {
        int end = dates.end();
        tokens.add(tok(text, i, end, Shape.NUMERIC_DATE));
        i = end;
        nextDate = dates.find(end) ? dates.start() : -1;
        continue;
      }
      if (nextDate >= 0 && nextDate < i) {
        nextDate = dates.find(i) ? dates.start() : -1;
        continue;
      }
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += width;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetter(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
        }
        tokens.add(tok(text, i, j, Shape.WORD));
        i = j;
      } else if (c < 128 && Character.isDigit(c)) {
        int j = i;
        while (j < n && isAsciiDigit(text.charAt(j))) {
          j++;
        }
        // a decimal part: "30,4 secondes", "1.5"
        if (j + 1 < n && (text.charAt(j) == ',' || text.charAt(j) == '.') && isAsciiDigit(text.charAt(j + 1))) {
          int k = j + 1;
          while (k < n && isAsciiDigit(text.charAt(k))) {
            k++;
          }
          j = k;
        }
        tokens.add(tok(text, i, j, Shape.NUMBER));
        i = j;
      } else {
        tokens.add(tok(text, i, i + width, Shape.PUNCT));
        i += width;
      }
    }
    return tokens;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Tok tok(String text, int start, int end, Shape shape) {
    String s = text.substring(start, end);
    return new Tok(start, end, s, key(s), shape);
  }

  /** Lower case, typographic apostrophes and hyphens as ASCII. */
  static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT);
    if (k.equals("\u2019") || k.equals("\u02bc") || k.equals("`")) {
      return "'";
    }
    if (k.equals("\u2010") || k.equals("\u2011") || k.equals("\u2013")) {
      return "-";
    }
    return k;
  }

  /** The key without accents ("ete" for "été"), to match "Eté" written without its accent. */
  static String fold(String key) {
    String d = Normalizer.normalize(key, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
