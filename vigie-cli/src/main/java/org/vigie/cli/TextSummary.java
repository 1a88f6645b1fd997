package org.vigie.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Mention;

/** The {@code --format text} view: a readable summary of one document. */
final class TextSummary {
  private TextSummary() {
  }

  static String of(Document document) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(document.id()).append("  [").append(orDash(document.language())).append("]");
    out.append("  published ").append(document.published() == null ? "-" : document.published());
    out.append("  source ").append(orDash(document.source()));
    out.append("  dateline ").append(orDash(document.dateline())).append('\n');
    for (Entity entity : document.entities()) {
      out.append(String.format("%-4s %-13s %-32s country %-4s actor %-10s%s%n", entity.id(), entity.type(),
          entity.name(), orDash(entity.country()), orDash(entity.actor()),
          entity.role() == null ? "" : " role " + entity.role()));
      Set<String> seen = new LinkedHashSet<>();
      for (Mention mention : entity.mentions()) {
        seen.add(mention.text());
      }
      out.append("       ").append(String.join(" | ", seen)).append('\n');
    }
    for (Diagnostic diagnostic : document.diagnostics()) {
      out.append("! ").append(diagnostic.code()).append(": ").append(diagnostic.message()).append('\n');
    }
    out.append('\n');
    return out.toString();
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
