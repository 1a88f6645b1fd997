package org.vigie.eval.suite;

import org.vigie.eval.score.Counts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one run over a suite ({@link SuiteScorer} defines each count).
 *
 * @param suite the suite's name
 * @param records records scored
 * @param noEventRecords records whose gold expects no event
 * @param goldCodings gold codings
 * @param systemEvents events the system returned, over all records
 * @param exactMatches gold codings found with the same actors and CAMEO root (or PLOVER type)
 * @param fullGold gold codings that have a CAMEO code
 * @param fullMatches of those, found with the same actors and the whole CAMEO code
 * @param spuriousEvents system events on records whose gold expects no event
 * @param failures records on which the pipeline threw (scored as returning no event)
 * @param byType counts per PLOVER type, in alphabetical order
 * @param untyped gold codings and system events without a PLOVER type (left out of {@link #micro()})
 * @param byCategory counts per record category of the suite ({@code DEMO}, {@code AGENT}…; "-" for none)
 * @param errors the records not coded exactly, in suite order
 */
public record SuiteScores(String suite, int records, int noEventRecords, int goldCodings, int systemEvents,
                          int exactMatches, int fullGold, int fullMatches, int spuriousEvents, int failures,
                          Map<String, Counts> byType, Counts untyped, Map<String, CategoryCounts> byCategory,
                          List<RecordErrors> errors) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One category's records: how many, how many coded exactly (every gold coding found and no other
   * event; for a record expecting nothing, no event), its gold codings and how many were found.
   */
  public record CategoryCounts(int records, int exactRecords, int goldCodings, int exactMatches) {
  }

  /** A record not coded exactly: the gold codings missed and the system events that matched none. */
  public record RecordErrors(String id, String category, String text, List<String> missed, List<String> spurious) {
    public RecordErrors {
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }

  public SuiteScores {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    errors = List.copyOf(errors);
  }

  /** Records coded exactly / records; null when there is none. */
  public Double recordRate() {
    if (records == 0) {
      return null;
    }
    return (double) byCategory.values().stream().mapToInt(CategoryCounts::exactRecords).sum() / records;
  }


  /** Exact matches / gold codings; null when there is no gold coding. */
  public Double exactRate() {
    return goldCodings == 0 ? null : (double) exactMatches / goldCodings;
  }

  /** Full-code matches / gold codings with a CAMEO code; null when none has one (plover-gsr). */
  public Double fullRate() {
    return fullGold == 0 ? null : (double) fullMatches / fullGold;
  }

  /** Counts for {@code type}, zero when neither gold nor system had it. */
  public Counts counts(String type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }

  /** The per-type counts summed (types only; {@link #untyped()} is not included). */
  public Counts micro() {
    return byType.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  /** A table for people; rates and scores in percent. */
  public String format() {
    return format(false);
  }

  /** The table, then with {@code showErrors} each record not coded exactly with what it missed and added. */
  public String format(boolean showErrors) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "suite %s: %d records (%d expect no event), %d gold codings, %d system events%n",
        suite, records, noEventRecords, goldCodings, systemEvents));
    if (failures > 0) {
      out.append(String.format(Locale.ROOT, "pipeline failed on %d records (scored as no event)%n", failures));
    }
    // Without any gold CAMEO code (plover-gsr) the exact coding compares PLOVER types: say so.
    String exactLabel = fullGold == 0 && goldCodings > 0
        ? "exact coding (source, target, PLOVER type):" : "exact coding (source, target, CAMEO root):";
    out.append(String.format(Locale.ROOT, "%-44s %5d / %-5d %s%n", exactLabel,
        exactMatches, goldCodings, percent(exactRate())));
    out.append(String.format(Locale.ROOT, "%-44s %5d / %-5d %s%n", "full code (source, target, whole CAMEO code):",
        fullMatches, fullGold, percent(fullRate())));
    out.append(String.format(Locale.ROOT, "%-44s %5d%n", "system events on no-event records:", spuriousEvents));
    int exactRecords = byCategory.values().stream().mapToInt(CategoryCounts::exactRecords).sum();
    out.append(String.format(Locale.ROOT, "%-44s %5d / %-5d %s%n", "records coded exactly (all codings, no other):",
        exactRecords, records, percent(recordRate())));
    out.append(System.lineSeparator());
    if (byCategory.size() > 1) {
      String categoryRow = "%-12s %7s %7s %7s %7s %8s%n";
      out.append(String.format(Locale.ROOT, categoryRow, "category", "records", "exact", "gold", "found", "found %"));
      byCategory.forEach((name, c) -> out.append(String.format(Locale.ROOT, categoryRow, name, c.records(),
          c.exactRecords(), c.goldCodings(), c.exactMatches(),
          c.goldCodings() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", 100.0 * c.exactMatches() / c.goldCodings()))));
      out.append(System.lineSeparator());
    }
    String row = "%-12s %6s %6s %8s %10s %7s %7s%n";
    out.append(String.format(Locale.ROOT, row, "PLOVER type", "gold", "pred", "correct", "precision", "recall", "F1"));
    byType.forEach((type, counts) -> out.append(typeRow(row, type, counts)));
    out.append(typeRow(row, "all (micro)", micro()));
    out.append(String.format(Locale.ROOT, "%-12s %6d %6d   (no PLOVER type: CAMEO 01/02, test-only codes; not in micro)%n",
        "untyped", untyped.gold(), untyped.system()));
    out.append("Actors match on the primary code (first 3 letters) and on the first role code when both have one.")
        .append(System.lineSeparator())
        .append("Without a gold CAMEO code (plover-gsr) the exact coding compares PLOVER types instead of roots.")
        .append(System.lineSeparator())
        .append("PLOVER types are matched per record, ignoring actors.")
        .append(System.lineSeparator());
    if (showErrors) {
      out.append(System.lineSeparator()).append("Records not coded exactly:").append(System.lineSeparator());
      for (RecordErrors error : errors) {
        out.append(String.format(Locale.ROOT, "%n%s [%s] %s%n", error.id(), error.category(), error.text()));
        error.missed().forEach(m -> out.append("  missed   ").append(m).append(System.lineSeparator()));
        error.spurious().forEach(m -> out.append("  spurious ").append(m).append(System.lineSeparator()));
      }
    }
    return out.toString();
  }

  /** The scores as a JSON object; rates in [0, 1], null when undefined. */
  public ObjectNode toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("suite", suite);
    root.put("records", records);
    root.put("noEventRecords", noEventRecords);
    root.put("goldCodings", goldCodings);
    root.put("systemEvents", systemEvents);
    root.put("failures", failures);
    root.put("exactMatches", exactMatches);
    root.put("exactRate", exactRate());
    root.put("fullGold", fullGold);
    root.put("fullMatches", fullMatches);
    root.put("fullRate", fullRate());
    root.put("spuriousEvents", spuriousEvents);
    ObjectNode types = root.putObject("byType");
    byType.forEach((type, counts) -> types.set(type, json(counts)));
    root.set("micro", json(micro()));
    root.set("untyped", json(untyped));
    root.put("recordRate", recordRate());
    ObjectNode categories = root.putObject("byCategory");
    byCategory.forEach((name, c) -> {
      ObjectNode node = categories.putObject(name);
      node.put("records", c.records());
      node.put("exactRecords", c.exactRecords());
      node.put("goldCodings", c.goldCodings());
      node.put("exactMatches", c.exactMatches());
    });
    return root;
  }

  /** {@link #toJson()} as indented text. */
  public String formatJson() {
    try {
      return JSON.writeValueAsString(toJson());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write scores as JSON", e);
    }
  }

  private static ObjectNode json(Counts counts) {
    ObjectNode node = JSON.createObjectNode();
    node.put("gold", counts.gold());
    node.put("predicted", counts.system());
    node.put("correct", counts.matched());
    node.put("precision", counts.precision());
    node.put("recall", counts.recall());
    node.put("f1", counts.f1());
    return node;
  }

  private static String typeRow(String row, String type, Counts counts) {
    return String.format(Locale.ROOT, row, type, counts.gold(), counts.system(), counts.matched(),
        String.format(Locale.ROOT, "%.1f", 100 * counts.precision()),
        String.format(Locale.ROOT, "%.1f", 100 * counts.recall()),
        String.format(Locale.ROOT, "%.1f", 100 * counts.f1()));
  }

  private static String percent(Double rate) {
    return rate == null ? "n/a" : String.format(Locale.ROOT, "%5.1f%%", 100 * rate);
  }
}
