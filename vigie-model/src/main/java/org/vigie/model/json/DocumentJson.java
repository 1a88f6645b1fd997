package org.vigie.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Mention;

/**
 * Writes a {@link Document} as the JSON of the output contract ({@code shared/OUTPUT.md}): field
 * names and order are public, nulls are written out, {@code events} and {@code facts} are present
 * (empty until those stages exist).
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
    root.putArray("events");
    root.putArray("facts");
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
