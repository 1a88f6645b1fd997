package org.vigie.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;

/**
 * Turns one JSON article object into a document. Fields: {@code text} (required), {@code id},
 * {@code published} (ISO date, or a date-time whose date is kept), {@code source}, {@code url},
 * {@code title}, {@code language}. Unknown fields are ignored: feeds add their own.
 */
final class JsonArticles {
  private JsonArticles() {
  }

  /**
   * @param node     the parsed value
   * @param fallback the id when the object has none, and the name diagnostics start with
   *                 ({@code <file>:<line>})
   */
  static Document toDocument(JsonNode node, String fallback) {
    if (node == null || !node.isObject()) {
      return failure(fallback, "not a JSON object");
    }
    String id = string(node, "id");
    if (id == null) {
      id = fallback;
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      return failure(id, fallback, "no \"text\" string");
    }
    String text = textNode.asText();
    Document doc = Document.of(id, text)
        .withSource(string(node, "source"))
        .withUrl(string(node, "url"))
        .withTitle(string(node, "title"))
        .withLanguage(firstString(node, "language", "lang"));
    Diagnostic empty = TextDecoder.checkEmpty(text, fallback);
    if (empty != null) {
      return doc.withText("").withDiagnostic(empty);
    }
    String published = firstString(node, "published", "date");
    if (published != null) {
      LocalDate date = parseDate(published);
      if (date == null) {
        doc = doc.withDiagnostic(Diagnostic.of("warn.published",
            fallback + ": published \"" + published + "\" is not an ISO date; ignored"));
      } else {
        doc = doc.withPublished(date);
      }
    }
    return doc;
  }

  /**
   * The first of several field names that is present: corpora name the same thing differently
   * ("lang" for "language", "date" for "published" in the shared news corpora).
   */
  private static String firstString(JsonNode node, String... fields) {
    for (String field : fields) {
      String value = string(node, field);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  static Document failure(String id, String problem) {
    return failure(id, id, problem);
  }

  private static Document failure(String id, String name, String problem) {
    return Document.of(id, "").withDiagnostic(Diagnostic.of("error.jsonl", name + ": " + oneLine(problem)));
  }

  /** ISO date, or an ISO date-time with or without offset; the date as written is kept. */
  static LocalDate parseDate(String value) {
    String v = value.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(v).toLocalDate();
      } catch (DateTimeParseException notAnOffsetDateTime) {
        // "2023-12-11T20:15:00" (no offset) and "2023-12-11 20:15": the date part is what we need.
        if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
          try {
            return LocalDate.parse(v.substring(0, 10));
          } catch (DateTimeParseException e) {
            return null;
          }
        }
        return null;
      }
    }
  }

  static String oneLine(String message) {
    String m = message == null ? "unknown error" : message;
    int newline = m.indexOf('\n');
    return (newline >= 0 ? m.substring(0, newline) : m).strip();
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }
}
