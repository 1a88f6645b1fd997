package org.vigie.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time spent per stage, summed over articles and threads (so with several threads it can exceed
 * the wall time). A stage that never reported has no time: it does not exist yet, or never ran.
 *
 * @param nanos total nanoseconds per stage name
 */
public record StageTimes(Map<String, Long> nanos) {
  /** Reading the article (decoding, metadata, dateline); timed by the bench around the reader. */
  public static final String READ = "read";
  /** Identifying the language of the text; timed by the bench. */
  public static final String LANGUAGE = "language";

  /** The stages of DESIGN.md's pipeline, in order; reports list them all, "n/a" where absent. */
  public static final List<String> STANDARD =
      List.of(READ, LANGUAGE, "nlp", "entities", "events", "time", "facts");

  public StageTimes {
    nanos = Map.copyOf(new TreeMap<>(nanos));
  }

  /** One line of a report: a stage, its time (null when it has none) and its share of the total. */
  public record Row(String stage, Long nanos, double share) {
  }

  /** Total over all stages. */
  public long totalNanos() {
    return nanos.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Standard stages first, in pipeline order, then any other stage that reported, by name. */
  public List<Row> rows() {
    long total = totalNanos();
    List<String> order = new ArrayList<>(STANDARD);
    new TreeMap<>(nanos).keySet().stream().filter(s -> !STANDARD.contains(s)).forEach(order::add);
    List<Row> rows = new ArrayList<>();
    for (String stage : order) {
      Long time = nanos.get(stage);
      rows.add(new Row(stage, time, time == null || total == 0 ? 0 : (double) time / total));
    }
    return rows;
  }
}
