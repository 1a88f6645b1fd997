package org.vigie.ingest;

import org.vigie.model.Diagnostic;

/**
 * Cuts an over-long text so that the NLP stages get a bounded input. The cut falls at the last
 * paragraph break before the limit, else the last sentence end, else the last space, and only as a
 * last resort inside a word; a boundary is only used when it keeps at least half the limit, so one
 * early blank line does not throw most of the article away.
 */
final class Truncation {
  private Truncation() {
  }

  /** Where to cut {@code text} so that at most {@code maxChars} characters remain. */
  static int cutPoint(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text.length();
    }
    int floor = maxChars / 2;
    int paragraph = lastParagraphEnd(text, maxChars);
    if (paragraph >= floor) {
      return paragraph;
    }
    int sentence = lastSentenceEnd(text, maxChars);
    if (sentence >= floor) {
      return sentence;
    }
    int space = text.lastIndexOf(' ', maxChars);
    if (space >= floor) {
      return space;
    }
    // Never split a surrogate pair: offsets past the cut would otherwise point into half a character.
    int cut = maxChars;
    if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }

  /** {@code warn.truncated} naming the original and kept sizes. */
  static Diagnostic diagnostic(String name, int originalChars, int keptChars, int maxChars) {
    return Diagnostic.of("warn.truncated", name + ": text of " + originalChars
        + " characters truncated to " + keptChars + " (limit " + maxChars + ")");
  }

  /** End of the text before the last blank line that starts before the limit. */
  private static int lastParagraphEnd(String text, int limit) {
    for (int i = limit; i > 0; i--) {
      if (text.charAt(i) == '\n') {
        int j = i - 1;
        if (j >= 0 && text.charAt(j) == '\r') {
          j--;
        }
        if (j >= 0 && text.charAt(j) == '\n') {
          return trimEnd(text, j);
        }
      }
    }
    return -1;
  }

  /** End, just after the punctuation, of the last sentence that ends before the limit. */
  private static int lastSentenceEnd(String text, int limit) {
    for (int i = limit - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        char p = text.charAt(i - 1);
        if (p == '.' || p == '!' || p == '?' || p == '»' || p == '"' || p == '”') {
          return i;
        }
      }
    }
    return -1;
  }

  private static int trimEnd(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
