package org.vigie.eval.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}: a JSON array despite the
 * name). Each record is one event: {@code id}, {@code date}, {@code text}, {@code event} (a PLOVER
 * 0.5 type), and {@code source} / {@code target} lists of {@code {actorText, code, sector}}.
 *
 * <p>A record becomes one gold coding per source and target pair, as PETRARCH codes compound
 * actors ("Senior Hungarian and Romanian officials agreed…" gives HUNGOV and ROUGOV as sources); a
 * side with no actor gives null. An actor's code is its {@code code} followed by its {@code sector}
 * in upper case ({@code USA} + {@code GOV} → {@code USAGOV}, {@code ALB} + {@code CVLalb} →
 * {@code ALBCVLALB}); the sector {@code ***} (unknown) is dropped. A side that is not a list (a few
 * records have {@code "target": ""}) has no actor. Old type names are renamed
 * ({@link CameoPlover#normalize}); there is no CAMEO code. Skipped: the {@code DOCUMENT} record and
 * records without text. A repeated id gets {@code #2} ({@code PLOVER-GSR01-COERCE-0004} names two
 * different sentences).
 */
public final class PloverGsr {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PloverGsr() {
  }

  /** The records of the file's content, in file order. */
  public static List<SuiteRecord> read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("PLOVER gold records are not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("PLOVER gold records must be a JSON array of records");
    }
    List<SuiteRecord> records = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode record : root) {
      String type = CameoPlover.normalize(text(record, "event"));
      String sentence = text(record, "text");
      if ("DOCUMENT".equals(type) || sentence == null || sentence.isBlank()) {
        continue;
      }
      List<GoldCoding> codings = new ArrayList<>();
      for (String source : actors(record.get("source"))) {
        for (String target : actors(record.get("target"))) {
          codings.add(new GoldCoding(source, target, null, type));
        }
      }
      String id = Objects.requireNonNullElse(text(record, "id"), "record-" + (records.size() + 1));
      int occurrence = seen.merge(id, 1, Integer::sum);
      records.add(new SuiteRecord(occurrence > 1 ? id + "#" + occurrence : id, type,
          date(text(record, "date")), sentence.strip(), codings));
    }
    return records;
  }

  /** The actor codes of one side; a list holding null when the side names no actor. */
  private static List<String> actors(JsonNode side) {
    List<String> codes = new ArrayList<>();
    if (side != null && side.isArray()) {
      for (JsonNode actor : side) {
        String code = text(actor, "code");
        String sector = text(actor, "sector");
        String full = (code == null ? "" : code.trim()) + (sector == null || sector.contains("*") ? "" : sector.trim());
        codes.add(full.isEmpty() ? null : full.toUpperCase(Locale.ROOT));
      }
    }
    return codes.isEmpty() ? Arrays.asList((String) null) : codes;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
