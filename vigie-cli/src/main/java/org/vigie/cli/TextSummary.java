package org.vigie.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vigie.model.ActorRef;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.Evidence;
import org.vigie.model.Mention;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/** The {@code --format text} view (a readable summary of one document) and {@code --format conllu}. */
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
    for (Event event : document.events()) {
      out.append(String.format("%-4s %-10s %-5s %-12s -> %-12s%s%s%s%n", event.id(), event.plover(), orDash(event.cameo()),
          actor(event.source()), actor(event.target()), event.negated() ? " negated" : "",
          event.hypothetical() ? " hypothetical" : "",
          event.reportedBy() == null ? "" : " reported by " + actor(event.reportedBy())));
      for (Evidence evidence : event.evidence()) {
        out.append("       \"").append(evidence.text().replace('\n', ' ')).append("\"\n");
      }
    }
    for (Diagnostic diagnostic : document.diagnostics()) {
      out.append("! ").append(diagnostic.code()).append(": ").append(diagnostic.message()).append('\n');
    }
    out.append('\n');
    return out.toString();
  }

  /** The sentences in CoNLL-U (one token per line: id, form, lemma, UPOS, head, relation, NER). */
  static String conllu(Document document) {
    StringBuilder out = new StringBuilder();
    out.append("# newdoc id = ").append(document.id()).append('\n');
    for (Sentence sentence : document.sentences()) {
      out.append("# sent_id = ").append(document.id()).append('-').append(sentence.index() + 1).append('\n');
      out.append("# text = ").append(document.text(), sentence.start(), sentence.end()).append('\n');
      for (Token token : sentence.tokens()) {
        out.append(token.index() + 1).append('\t').append(token.text()).append('\t').append(orUnderscore(token.lemma()))
            .append('\t').append(orUnderscore(token.pos())).append("\t_\t_\t")
            .append(token.deprel() == null ? "_" : String.valueOf(token.head() + 1)).append('\t')
            .append(orUnderscore(token.deprel())).append("\t_\t")
            .append("O".equals(token.ner()) || token.ner() == null ? "_" : "NER=" + token.ner()).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String actor(ActorRef actor) {
    if (actor == null) {
      return "-";
    }
    return actor.actor() != null ? actor.actor() : orDash(actor.name());
  }

  private static String orUnderscore(String value) {
    return value == null || value.isEmpty() ? "_" : value.replace(' ', '_');
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
