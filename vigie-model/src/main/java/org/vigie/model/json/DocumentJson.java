package org.vigie.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.ActorRef;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.Evidence;
import org.vigie.model.Fact;
import org.vigie.model.Location;
import org.vigie.model.Mention;

/**
 * Writes a {@link Document} as the JSON of the output contract ({@code shared/OUTPUT.md}): field
 * names and order are public, nulls are written out, {@code events} and {@code facts} are always
 * present.
 */
public final class DocumentJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DocumentJson() {
  }

  /** The document as a JSON tree. */
  public static ObjectNode tree(Document document) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", document.id());
    root.put("language", document.language());
    root.put("published", document.published() == null ? null : document.published().toString());
    root.put("source", document.source());
    root.put("dateline", document.dateline());
    root.put("title", document.title());
    root.put("url", document.url());
    root.put("text", document.text());
    ArrayNode entities = root.putArray("entities");
    for (Entity entity : document.entities()) {
      ObjectNode e = entities.addObject();
      e.put("id", entity.id());
      e.put("name", entity.name());
      e.put("type", entity.type().name());
      e.put("country", entity.country());
      e.put("sector", entity.sector());
      e.put("actor", entity.actor());
      e.put("role", entity.role());
      ArrayNode mentions = e.putArray("mentions");
      for (Mention mention : entity.mentions()) {
        ObjectNode m = mentions.addObject();
        m.put("text", mention.text());
        m.put("start", mention.start());
        m.put("end", mention.end());
        m.put("sentence", mention.sentence());
        m.put("kind", mention.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    ArrayNode events = root.putArray("events");
    for (Event event : document.events()) {
      ObjectNode v = events.addObject();
      v.put("id", event.id());
      v.put("plover", event.plover());
      v.put("mode", event.mode());
      v.put("context", event.context());
      v.put("cameo", event.cameo());
      v.put("quad", event.quad());
      v.put("goldstein", event.goldstein());
      actor(v, "source", event.source());
      actor(v, "target", event.target());
      if (event.date() == null) {
        v.putNull("date");
      } else {
        ObjectNode date = v.putObject("date");
        date.put("value", event.date().value());
        date.put("precision", event.date().precision());
        date.put("expression", event.date().expression());
      }
      location(v, event.location());
      v.put("negated", event.negated());
      v.put("hypothetical", event.hypothetical());
      actor(v, "reported_by", event.reportedBy());
      evidence(v, event.evidence());
      v.put("rule", event.rule());
      v.put("confidence", event.confidence());
    }
    ArrayNode facts = root.putArray("facts");
    for (Fact fact : document.facts()) {
      ObjectNode f = facts.addObject();
      f.put("id", fact.id());
      f.put("kind", fact.kind());
      f.put("value", fact.value());
      f.put("approximate", fact.approximate());
      f.put("min", fact.min());
      f.put("max", fact.max());
      location(f, fact.location());
      if (fact.period() == null) {
        f.putNull("period");
      } else {
        ObjectNode period = f.putObject("period");
        period.put("start", fact.period().start() == null ? null : fact.period().start().toString());
        period.put("end", fact.period().end() == null ? null : fact.period().end().toString());
        period.put("days", fact.period().days());
      }
      actor(f, "perpetrator", fact.perpetrator());
      actor(f, "reported_by", fact.reportedBy());
      f.put("reported_on", fact.reportedOn() == null ? null : fact.reportedOn().toString());
      evidence(f, fact.evidence());
      f.put("confidence", fact.confidence());
    }
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic diagnostic : document.diagnostics()) {
      ObjectNode d = diagnostics.addObject();
      d.put("code", diagnostic.code());
      d.put("message", diagnostic.message());
      d.put("start", diagnostic.start());
      d.put("end", diagnostic.end());
    }
    return root;
  }

  private static void actor(ObjectNode parent, String field, ActorRef actor) {
    if (actor == null) {
      parent.putNull(field);
      return;
    }
    ObjectNode node = parent.putObject(field);
    node.put("entity", actor.entity());
    node.put("name", actor.name());
    node.put("actor", actor.actor());
  }

  private static void location(ObjectNode parent, Location location) {
    if (location == null) {
      parent.putNull("location");
      return;
    }
    ObjectNode node = parent.putObject("location");
    node.put("name", location.name());
    node.put("country", location.country());
    node.put("lat", location.lat());
    node.put("lon", location.lon());
  }

  private static void evidence(ObjectNode parent, java.util.List<Evidence> evidence) {
    ArrayNode array = parent.putArray("evidence");
    for (Evidence e : evidence) {
      ObjectNode node = array.addObject();
      node.put("text", e.text());
      node.put("start", e.start());
      node.put("end", e.end());
      node.put("sentence", e.sentence());
    }
  }

  /** One line of JSON, for JSON Lines output. */
  public static String line(Document document) {
    return write(MAPPER, tree(document));
  }

  /** Indented JSON for one document. */
  public static String pretty(Document document) {
    return write(PRETTY, tree(document));
  }

  private static String write(ObjectMapper mapper, Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
