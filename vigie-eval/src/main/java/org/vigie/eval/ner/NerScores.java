package org.vigie.eval.ner;

import org.vigie.eval.score.Counts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Exact-match NER scores, CoNLL style: a predicted entity is correct only when its token span and
 * its type both equal a gold entity's.
 *
 * @param sentences how many gold sentences were scored
 * @param byType counts per corpus type; PER, LOC, ORG and MISC always first, in that order
 * @param micro counts summed over all types
 * @param droppedLabels tagger labels the type mapping dropped, with how many spans had each
 * @param unalignedSpans predicted spans that covered no token (only spaces, or outside the text)
 */
public record NerScores(
    int sentences,
    Map<String, Counts> byType,
    Counts micro,
    Map<String, Integer> droppedLabels,
    int unalignedSpans) {

  public NerScores {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    droppedLabels = Collections.unmodifiableMap(new LinkedHashMap<>(droppedLabels));
  }



  /** Counts for {@code type}, zero when neither gold nor tagger had it. */
  public Counts counts(String type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }

  /** A table for people: one row per type, then the micro average; scores in percent. */
  public String format() {
    StringBuilder out = new StringBuilder();
    String row = "%-12s %7s %7s %8s %10s %7s %7s%n";
    out.append(String.format(Locale.ROOT, row, "type", "gold", "pred", "correct", "precision", "recall", "F1"));
    byType.forEach((type, counts) -> out.append(formatRow(row, type, counts)));
    out.append(formatRow(row, "all (micro)", micro));
    out.append(String.format(Locale.ROOT, "%d sentences; precision, recall and F1 in %%, exact span and type%n",
        sentences));
    if (unalignedSpans > 0) {
      out.append(String.format(Locale.ROOT, "%d predicted spans covered no token and were ignored%n",
          unalignedSpans));
    }
    if (!droppedLabels.isEmpty()) {
      out.append("labels outside the type mapping, ignored: ").append(droppedLabels).append('\n');
    }
    return out.toString();
  }

  private static String formatRow(String row, String name, Counts counts) {
    return String.format(Locale.ROOT, row, name, counts.gold(), counts.system(), counts.matched(),
        percent(counts.precision()), percent(counts.recall()), percent(counts.f1()));
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.2f", 100 * value);
  }
}
