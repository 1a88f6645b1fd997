package org.vigie.eval.score;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.vigie.eval.gold.GoldDocument;
import org.vigie.eval.gold.GoldDocument.GoldActor;
import org.vigie.eval.gold.GoldDocument.GoldEvent;
import org.vigie.eval.gold.GoldDocument.GoldFact;
import org.vigie.model.ActorRef;
import org.vigie.model.Document;
import org.vigie.model.Event;
import org.vigie.model.EventDate;
import org.vigie.model.Evidence;
import org.vigie.model.Fact;

/** Hand-made gold and system documents for scorer tests: no models, no files. */
final class EvalKit {
  private EvalKit() {
  }

  static GoldEvent gold(String id, String plover, String source, String target, String date) {
    return new GoldEvent(id, true, plover, null, null, actor(source), actor(target), date, null, false, false, null,
        "gold evidence of " + id);
  }

  static GoldEvent optional(String id, String plover, String source, String target, String date) {
    return new GoldEvent(id, false, plover, null, null, actor(source), actor(target), date, null, false, false, null,
        "gold evidence of " + id);
  }

  static Event event(String id, String plover, String source, String target, String date) {
    return new Event(id, plover, null, null, null, null, null, ref(source), ref(target),
        date == null ? null : new EventDate(date, "day", null), null, false, false, null,
        List.of(new Evidence("system evidence of " + id, 0, 0, 0)), "test", 1.0);
  }

  static Event negated(Event event) {
    return new Event(event.id(), event.plover(), null, null, null, null, null, event.source(), event.target(),
        event.date(), null, true, false, null, event.evidence(), "test", 1.0);
  }

  static GoldFact goldFact(String id, String kind, long value, String reportedBy) {
    return new GoldFact(id, true, kind, value, false, null, null, null, null, null, actor(reportedBy), null, null,
        "gold evidence of " + id);
  }

  static Fact fact(String id, String kind, long value, String reportedBy) {
    return new Fact(id, kind, value, false, null, null, null, null, null, ref(reportedBy), null, List.of(), 1.0);
  }

  static GoldDocument goldDocument(String language, List<GoldEvent> events, List<GoldFact> facts) {
    return new GoldDocument("doc-" + language, Path.of("doc.txt"), language, null, null, null, List.of(),
        events, facts, null);
  }

  static GoldDocument goldDocument(GoldEvent... events) {
    return goldDocument("fr", Arrays.asList(events), List.of());
  }

  static Document system(String language, List<Event> events, List<Fact> facts) {
    return Document.of("doc-" + language, "").withLanguage(language).withEvents(events).withFacts(facts);
  }

  static Document system(Event... events) {
    return system("fr", Arrays.asList(events), List.of());
  }

  static DocumentScore score(GoldDocument gold, Document document) {
    return DocumentScore.of(gold, document);
  }

  private static GoldActor actor(String code) {
    return code == null ? null : new GoldActor(null, code);
  }

  private static ActorRef ref(String code) {
    return code == null ? null : new ActorRef(null, null, code);
  }
}
