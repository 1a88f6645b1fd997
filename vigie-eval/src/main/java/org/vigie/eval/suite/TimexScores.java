package org.vigie.eval.suite;

import java.util.List;
import java.util.Locale;
import org.vigie.extract.time.Tense;

/**
 * The DATE scores of one temporal-expression suite: gold DATE expressions (creation time
 * excluded), how many a system expression overlaps, how many got the gold value, and the errors.
 *
 * @param suite the suite's name
 * @param documents how many documents were read
 * @param gold gold DATE expressions
 * @param found gold DATEs overlapped by a system expression
 * @param correct gold DATEs whose overlapping system expression has the gold value
 * @param errors every gold DATE not found or with a wrong value
 */
public record TimexScores(String suite, int documents, int gold, int found, int correct, List<Miss> errors) {

  /** A gold DATE missed or valued wrongly; {@code systemText} is null when nothing overlapped it. */
  public record Miss(String document, String goldText, String goldValue, String systemText, String systemValue,
      Tense tense, String context) {
  }

  public TimexScores {
    errors = List.copyOf(errors);
  }

  /** Correct values over all gold DATEs (a DATE not found counts as wrong). */
  public double strictAccuracy() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** Correct values over the gold DATEs found. */
  public double foundAccuracy() {
    return found == 0 ? 0 : (double) correct / found;
  }

  /** Gold DATEs found over all gold DATEs. */
  public double foundRate() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  /** A table; with {@code showErrors}, one line per error. */
  public String format(boolean showErrors) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "suite %s: %d documents, creation time as reference date%n", suite,
        documents));
    b.append(String.format(Locale.ROOT, "gold DATE (creation time excluded)  %5d%n", gold));
    b.append(String.format(Locale.ROOT, "found (a system span overlaps)      %5d  %5.1f%%%n", found,
        100 * foundRate()));
    b.append(String.format(Locale.ROOT, "value correct, strict (/ gold)      %5d  %5.1f%%%n", correct,
        100 * strictAccuracy()));
    b.append(String.format(Locale.ROOT, "value correct over found (/ found)         %5.1f%%%n",
        100 * foundAccuracy()));
    if (showErrors) {
      b.append(String.format(Locale.ROOT, "%nerrors (%d):%n", errors.size()));
      for (Miss miss : errors) {
        if (miss.systemText() == null) {
          b.append(String.format(Locale.ROOT, "  %s  missed  '%s' = %s   …%s…%n", miss.document(), miss.goldText(),
              miss.goldValue(), miss.context()));
        } else {
          b.append(String.format(Locale.ROOT, "  %s  value   '%s' = %s, system '%s' = %s (%s)   …%s…%n",
              miss.document(), miss.goldText(), miss.goldValue(), miss.systemText(), miss.systemValue(),
              miss.tense(), miss.context()));
        }
      }
    }
    return b.toString();
  }

  /** One JSON object with the counts and rates. */
  public String formatJson() {
    return String.format(Locale.ROOT,
        "{\"suite\":\"%s\",\"documents\":%d,\"gold_dates\":%d,\"found\":%d,\"correct\":%d,"
            + "\"strict_accuracy\":%.4f,\"found_accuracy\":%.4f}",
        suite, documents, gold, found, correct, strictAccuracy(), foundAccuracy());
  }
}
