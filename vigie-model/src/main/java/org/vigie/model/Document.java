package org.vigie.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An article and everything Vigie found in it. Immutable: each stage returns a new document through
 * the {@code with…} methods. Offsets everywhere are UTF-16 offsets into {@link #text()}.
 */
public record Document(String id, String text, String language, LocalDate published, String source,
                       String dateline, String title, String url, List<Sentence> sentences,
                       List<Entity> entities, List<Event> events, List<Fact> facts, List<Diagnostic> diagnostics) {
  public Document {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    facts = List.copyOf(facts);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A new document with nothing analysed yet. */
  public static Document of(String id, String text) {
    return new Document(id, text, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Document withText(String newText) {
    return new Document(id, newText, language, published, source, dateline, title, url, sentences, entities, events, facts, diagnostics);
  }

  public Document withLanguage(String newLanguage) {
    return new Document(id, text, newLanguage, published, source, dateline, title, url, sentences, entities, events, facts, diagnostics);
  }

  public Document withPublished(LocalDate newPublished) {
    return new Document(id, text, language, newPublished, source, dateline, title, url, sentences, entities, events, facts, diagnostics);
  }

  public Document withSource(String newSource) {
    return new Document(id, text, language, published, newSource, dateline, title, url, sentences, entities, events, facts, diagnostics);
  }

  public Document withDateline(String newDateline) {
    return new Document(id, text, language, published, source, newDateline, title, url, sentences, entities, events, facts, diagnostics);
  }

  public Document withTitle(String newTitle) {
    return new Document(id, text, language, published, source, dateline, newTitle, url, sentences, entities, events, facts, diagnostics);
  }

  public Document withUrl(String newUrl) {
    return new Document(id, text, language, published, source, dateline, title, newUrl, sentences, entities, events, facts, diagnostics);
  }

  public Document withSentences(List<Sentence> newSentences) {
    return new Document(id, text, language, published, source, dateline, title, url, newSentences, entities, events, facts, diagnostics);
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(id, text, language, published, source, dateline, title, url, sentences, newEntities, events, facts, diagnostics);
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(id, text, language, published, source, dateline, title, url, sentences, entities, newEvents, facts, diagnostics);
  }

  public Document withFacts(List<Fact> newFacts) {
    return new Document(id, text, language, published, source, dateline, title, url, sentences, entities, events, newFacts, diagnostics);
  }

  public Document withDiagnostic(Diagnostic diagnostic) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(diagnostic);
    return new Document(id, text, language, published, source, dateline, title, url, sentences, entities, events, facts, all);
  }

  public Document withDiagnostics(List<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more);
    return new Document(id, text, language, published, source, dateline, title, url, sentences, entities, events, facts, all);
  }

  /** True when a diagnostic says the document could not be analysed. */
  public boolean failed() {
    return diagnostics.stream().anyMatch(Diagnostic::isFailure);
  }
}
