package org.vigie.eval.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigie.eval.gold.EntityScore;
import org.vigie.eval.gold.GoldDocument.GoldEvent;
import org.vigie.model.Event;

/**
 * The scores of a set of documents: events (strict and lenient) overall, per language and per
 * PLOVER type; facts; entities; and the missed and spurious items. Counts are summed over
 * documents before precision and recall are computed (micro-averaging).
 */
public record Report(List<DocumentScore> documents) {
  private static final String HEADER = "%-18s %6s %7s %8s %10s %7s %6s%n";
  private static final String ROW = "%-18s %6d %7d %8d %10.2f %7.2f %6.2f%n";

  public Report {
    documents = List.copyOf(documents);
  }

  /** Event counts for all documents. */
  public Counts events(EventRule rule) {
    return documents.stream().map(d -> d.events(rule)).reduce(Counts.ZERO, Counts::plus);
  }

  /** Event counts per gold language, in alphabetical order. */
  public Map<String, Counts> eventsByLanguage(EventRule rule) {
    Map<String, Counts> rows = new TreeMap<>();
    for (DocumentScore document : documents) {
      rows.merge(document.language(), document.events(rule), Counts::plus);
    }
    return rows;
  }

  /** Event counts per PLOVER type counted in the gold or the system output, in alphabetical order. */
  public Map<String, Counts> eventsByType(EventRule rule) {
    TreeSet<String> types = new TreeSet<>();
    for (DocumentScore document : documents) {
      document.gold().events().stream().map(GoldEvent::plover).forEach(types::add);
      document.document().events().stream().map(Event::plover).filter(t -> t != null).forEach(types::add);
    }
    Map<String, Counts> rows = new LinkedHashMap<>();
    for (String type : types) {
      Counts counts = documents.stream().map(d -> d.events(rule, type)).reduce(Counts.ZERO, Counts::plus);
      // A type seen only in optional gold events has nothing to count: no row.
      if (!counts.equals(Counts.ZERO)) {
        rows.put(type, counts);
      }
    }
    return rows;
  }

  public Counts facts() {
    return documents.stream().map(DocumentScore::facts).reduce(Counts.ZERO, Counts::plus);
  }

  /** Fact counts per language of the gold files, in alphabetical order. */
  public Map<String, Counts> factsByLanguage() {
    Map<String, Counts> rows = new TreeMap<>();
    for (DocumentScore document : documents) {
      rows.merge(document.language(), document.facts(), Counts::plus);
    }
    return rows;
  }

  public EntityScore entities() {
    return documents.stream().map(DocumentScore::entities)
        .reduce(new EntityScore(0, 0, 0, 0, 0, List.of()), EntityScore::plus);
  }

  public List<ScoreError> errors() {
    List<ScoreError> errors = new ArrayList<>();
    documents.forEach(d -> errors.addAll(d.errors()));
    return errors;
  }

  /** The report as text tables; with {@code showErrors}, each missed and spurious item after them. */
  public String format(boolean showErrors) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d gold document%s%n%n", documents.size(), documents.size() == 1 ? "" : "s"));
    for (EventRule rule : EventRule.values()) {
      out.append(String.format(Locale.ROOT, HEADER, "events (" + rule.name().toLowerCase(Locale.ROOT) + ")",
          "gold", "system", "matched", "precision", "recall", "F1"));
      row(out, "all", events(rule));
      eventsByLanguage(rule).forEach((language, counts) -> row(out, language, counts));
      eventsByType(rule).forEach((type, counts) -> row(out, type, counts));
      out.append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, HEADER, "facts", "gold", "system", "matched", "precision", "recall", "F1"));
    row(out, "all", facts());
    factsByLanguage().forEach((language, counts) -> row(out, language, counts));
    out.append(System.lineSeparator());
    out.append(entities().format()).append(System.lineSeparator());
    if (showErrors) {
      out.append(System.lineSeparator()).append("errors (strict)").append(System.lineSeparator());
      for (DocumentScore document : documents) {
        List<ScoreError> errors = document.errors();
        List<String> entityErrors = document.entities().missing();
        if (errors.isEmpty() && entityErrors.isEmpty()) {
          continue;
        }
        out.append(document.gold().id()).append(System.lineSeparator());
        for (ScoreError error : errors) {
          out.append(String.format(Locale.ROOT, "  %-8s %-5s %-4s %s%n", error.status(), error.item(), error.id(), error.summary()));
          if (error.evidence() != null) {
            out.append("                      \"").append(error.evidence()).append('"').append(System.lineSeparator());
          }
          if (error.reason() != null) {
            out.append("                      ").append(error.reason()).append(System.lineSeparator());
          }
        }
        entityErrors.forEach(m -> out.append("  missing  ").append(m).append(System.lineSeparator()));
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Counts counts) {
    out.append(String.format(Locale.ROOT, ROW, name, counts.gold(), counts.system(), counts.matched(),
        counts.precision(), counts.recall(), counts.f1()));
  }

  /** The same report as one JSON object (errors only with {@code showErrors}). */
  public String json(boolean showErrors) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("documents", documents.size());
    ObjectNode events = root.putObject("events");
    for (EventRule rule : EventRule.values()) {
      ObjectNode table = events.putObject(rule.name().toLowerCase(Locale.ROOT));
      counts(table.putObject("all"), events(rule));
      ObjectNode languages = table.putObject("languages");
      eventsByLanguage(rule).forEach((language, counts) -> counts(languages.putObject(language), counts));
      ObjectNode types = table.putObject("plover");
      eventsByType(rule).forEach((type, counts) -> counts(types.putObject(type), counts));
    }
    ObjectNode factNode = root.putObject("facts");
    counts(factNode, facts());
    ObjectNode factLanguages = factNode.putObject("languages");
    factsByLanguage().forEach((language, counts) -> counts(factLanguages.putObject(language), counts));
    EntityScore entities = entities();
    ObjectNode entityNode = root.putObject("entities");
    entityNode.put("gold", entities.goldEntities());
    entityNode.put("found", entities.found());
    entityNode.put("recall", entities.recall());
    entityNode.put("country_right", entities.countryRight());
    entityNode.put("country_accuracy", entities.countryAccuracy());
    entityNode.put("gold_mentions", entities.goldMentions());
    entityNode.put("attached", entities.attached());
    entityNode.put("attached_share", entities.attachedShare());
    if (showErrors) {
      ArrayNode errors = root.putArray("errors");
      for (ScoreError error : errors()) {
        ObjectNode node = errors.addObject();
        node.put("document", error.document());
        node.put("status", error.status());
        node.put("item", error.item());
        node.put("id", error.id());
        node.put("summary", error.summary());
        node.put("evidence", error.evidence());
        node.put("reason", error.reason());
      }
      ArrayNode missing = root.putArray("entity_errors");
      for (DocumentScore document : documents) {
        for (String message : document.entities().missing()) {
          missing.addObject().put("document", document.gold().id()).put("message", message);
        }
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void counts(ObjectNode node, Counts counts) {
    node.put("gold", counts.gold());
    node.put("system", counts.system());
    node.put("matched", counts.matched());
    node.put("precision", counts.precision());
    node.put("recall", counts.recall());
    node.put("f1", counts.f1());
  }
}
