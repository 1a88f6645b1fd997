package org.vigie.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold file ({@code *.gold.json}, the format of {@code shared/examples} and
 * {@code eval/GUIDELINES.md}): the article's metadata, the entities, events and facts a perfect
 * system finds, and the scoring rule the annotator copied.
 */
public record GoldDocument(String id, Path textFile, String language, LocalDate published, String source,
                           String dateline, List<GoldEntity> entities, List<GoldEvent> events,
                           List<GoldFact> facts, String scoring) {

  /** A gold entity: canonical name, type, country (null for none), and its mention strings. */
  public record GoldEntity(String name, String type, String country, String sector, String actor,
                           List<String> mentions) {
    public GoldEntity {
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * A party in a gold event or fact: the gold entity's canonical name (or null) and its CAMEO actor
   * code ({@code IRNGOV}, {@code USA}, {@code IGOUNO}).
   */
  public record GoldActor(String entity, String actor) {
  }

  /**
   * A gold event. {@code date} is an ISO date or null (the scorer then ignores it); {@code target}
   * null means the event has no recipient; {@code required} false marks an event a careful
   * annotator could code either way.
   */
  public record GoldEvent(String id, boolean required, String plover, String mode, String cameo,
                          GoldActor source, GoldActor target, String date, String location,
                          boolean negated, boolean hypothetical, GoldActor reportedBy, String evidence) {
  }

  /** The period a gold count covers: its length in days and its start and end (each may be null). */
  public record GoldPeriod(Integer days, LocalDate start, LocalDate end) {
  }

  /** A gold count (killed, wounded, ...) with its bounds, place, period, source and perpetrator. */
  public record GoldFact(String id, boolean required, String kind, Long value, boolean approximate, Long min,
                         Long max, String location, String country, GoldPeriod period, GoldActor reportedBy,
                         LocalDate reportedOn, GoldActor perpetrator, String evidence) {
  }

  public GoldDocument {
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    facts = List.copyOf(facts);
  }

  /** A gold document with entities only (no events, facts or scoring string). */
  public GoldDocument(String id, Path textFile, String language, LocalDate published, String source,
                      String dateline, List<GoldEntity> entities) {
    this(id, textFile, language, published, source, dateline, entities, List.of(), List.of(), null);
  }

  /** Reads a gold file; its text is {@code text_file} beside it, or {@code <id>.txt}. */
  public static GoldDocument read(Path file) {
    return read(file, null);
  }

  /**
   * Reads a gold file. Its text is looked for, in order, as {@code text_file} beside it,
   * {@code <id>.txt} beside it, then both names in {@code textsDir} (when not null).
   *
   * @throws IllegalStateException naming the file, when it cannot be read, is not valid JSON, breaks
   *     the format or its text is not found
   */
  public static GoldDocument read(Path file, Path textsDir) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(file + ": cannot read gold file: " + firstLine(e.getMessage()), e);
    }
    try {
      return parse(file, root, textsDir);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalStateException(file + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static GoldDocument parse(Path file, JsonNode root, Path textsDir) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("a gold file is one JSON object");
    }
    String id = text(root, "id");
    if (id == null) {
      throw new IllegalArgumentException("no 'id'");
    }
    Path textFile = findText(file, text(root, "text_file"), id, textsDir);
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> mentions = new ArrayList<>();
      e.path("mentions").forEach(m -> mentions.add(m.asText()));
      entities.add(new GoldEntity(text(e, "name"), text(e, "type"), text(e, "country"), text(e, "sector"),
          text(e, "actor"), mentions));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      String eventId = text(e, "id");
      String plover = text(e, "plover");
      if (plover == null) {
        throw new IllegalArgumentException("event " + eventId + " has no 'plover' type");
      }
      events.add(new GoldEvent(eventId, flag(e, "required", true), plover, text(e, "mode"), text(e, "cameo"),
          actor(e, "source"), actor(e, "target"), text(e, "date"), text(e, "location"),
          flag(e, "negated", false), flag(e, "hypothetical", false), actor(e, "reported_by"), text(e, "evidence")));
    }
    List<GoldFact> facts = new ArrayList<>();
    for (JsonNode f : root.path("facts")) {
      String factId = text(f, "id");
      if (text(f, "kind") == null) {
        throw new IllegalArgumentException("fact " + factId + " has no 'kind'");
      }
      JsonNode period = f.get("period");
      facts.add(new GoldFact(factId, flag(f, "required", true), text(f, "kind"), number(f, "value"),
          flag(f, "approximate", false), number(f, "min"), number(f, "max"), text(f, "location"),
          text(f, "country"), period == null || period.isNull() ? null
              : new GoldPeriod(period.hasNonNull("days") ? period.get("days").asInt() : null,
                  date(period, "start"), date(period, "end")),
          actor(f, "reported_by"), date(f, "reported_on"), actor(f, "perpetrator"), text(f, "evidence")));
    }
    return new GoldDocument(id, textFile, text(root, "language"), date(root, "published"), text(root, "source"),
        text(root, "dateline"), entities, events, facts, text(root, "scoring"));
  }

  private static Path findText(Path file, String textName, String id, Path textsDir) {
    List<Path> candidates = new ArrayList<>();
    if (textName != null) {
      candidates.add(file.resolveSibling(textName));
    }
    candidates.add(file.resolveSibling(id + ".txt"));
    if (textsDir != null) {
      if (textName != null) {
        candidates.add(textsDir.resolve(textName));
      }
      candidates.add(textsDir.resolve(id + ".txt"));
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("text file " + candidates.get(0) + " not found"
            + (textsDir == null ? "" : " (nor in " + textsDir + ")")));
  }

  private static GoldActor actor(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw new IllegalArgumentException("'" + field + "' of " + text(node, "id") + " must be {entity, actor} or null");
    }
    return new GoldActor(text(value, "entity"), text(value, "actor"));
  }

  private static boolean flag(JsonNode node, String field, boolean absent) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? absent : value.asBoolean();
  }

  private static Long number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + field + "' of " + text(node, "id") + " must be a whole number, not " + value);
    }
    return value.asLong();
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
