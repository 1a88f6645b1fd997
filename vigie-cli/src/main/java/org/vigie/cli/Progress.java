package org.vigie.cli;

import java.io.PrintStream;

/**
 * A one-line progress report on standard error for batches: documents done, failures, rate. Redraws
 * in place on a terminal; on a pipe or file it prints a line every {@code step} documents so logs
 * stay readable.
 */
final class Progress {
  private final PrintStream err;
  private final boolean terminal = System.console() != null;
  private final long started = System.nanoTime();
  private final String what;
  private int done;
  private int failed;
  private long lastDraw;

  Progress(PrintStream err, String what) {
    this.err = err;
    this.what = what;
  }

  void step(boolean failure) {
    done++;
    if (failure) {
      failed++;
    }
    long now = System.nanoTime();
    if (terminal && now - lastDraw > 200_000_000L) {
      err.print("\r" + line());
      lastDraw = now;
    } else if (!terminal && done % 100 == 0) {
      err.println(line());
    }
  }

  void finish() {
    err.print((terminal ? "\r" : "") + line() + System.lineSeparator());
  }

  private String line() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    return String.format("%s: %d done, %d failed, %.1f/s, %.0fs", what, done, failed, done / seconds, seconds);
  }
}
