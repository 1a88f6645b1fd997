package org.vigie.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ending in LF, CRLF or CR) without ever holding more than a limit of characters:
 * {@code BufferedReader.readLine} would hold a 5 GB line in memory. An over-long line is skipped to
 * its end and reported as such.
 */
final class LineReader {
  /** One line, or the report that line {@code number} was longer than the limit. */
  record Line(int number, String text, boolean tooLong) {
  }

  private final Reader in;
  private final long maxChars;
  private int number;
  private int pushedBack = -2;

  LineReader(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    int c = read();
    if (c == -1) {
      return null;
    }
    number++;
    while (c != -1 && c != '\n' && c != '\r') {
      if (!tooLong) {
        if (line.length() >= maxChars) {
          tooLong = true;
          line = new StringBuilder();
        } else {
          line.append((char) c);
        }
      }
      c = read();
    }
    if (c == '\r') {
      int after = read();
      if (after != '\n') {
        pushedBack = after;
      }
    }
    return new Line(number, tooLong ? null : line.toString(), tooLong);
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }
}
