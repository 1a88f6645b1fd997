package org.vigie.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into the pieces the number reader works on: runs of letters, runs of digits, and
 * single other characters; white space only separates them and is remembered as the gap before
 * each piece. Normalised text is lower case with typographic apostrophes made straight, so that a
 * lexicon form cut the same way matches it.
 */
final class Pieces {
  enum Type { WORD, DIGITS, MARK }

  /** One piece: its type, offsets, normalised text and the white space before it ("" when glued). */
  record Piece(Type type, int start, int end, String norm, String gap) {
    boolean glued() {
      return gap.isEmpty();
    }

    boolean is(String text) {
      return norm.equals(text);
    }
  }

  private Pieces() {
  }

  static List<Piece> of(String text) {
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    int gapStart = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      Type type;
      if (Character.isDigit(c)) {
        type = Type.DIGITS;
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetter(c)) {
        type = Type.WORD;
        while (i < n && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
          i++;
        }
      } else {
        type = Type.MARK;
        i += Character.charCount(text.codePointAt(i));
      }
      String gap = text.substring(gapStart, start);
      pieces.add(new Piece(type, start, i, normalise(text.substring(start, i)), gap));
      gapStart = i;
    }
    return pieces;
  }

  /** A lexicon form cut into normalised pieces (white space dropped). */
  static List<String> form(String form) {
    List<String> result = new ArrayList<>();
    for (Piece piece : of(form)) {
      result.add(piece.norm());
    }
    return result;
  }

  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** One space of any kind that can separate groups of three digits ("12 480", no-break, narrow no-break, thin). */
  static boolean isGroupSpace(String gap) {
    return gap.length() == 1 && (gap.charAt(0) == ' ' || gap.charAt(0) == '\u00A0'
        || gap.charAt(0) == '\u202F' || gap.charAt(0) == '\u2009');
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
