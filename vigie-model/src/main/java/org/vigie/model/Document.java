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
                       List<Entity> entities, List<Diagnostic> diagnostics) {
  public Document {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A new document with nothing analysed yet. */
  public static Document of(String id, String text) {
    return new Document(id, text, null, null, null, null, null, null, List.of(), List.of(), List.of());
  }

  public Document withText(String newText) {
    return new Document(id, newText, language, published, source, dateline, title, url, sentences, entities, diagnostics);
  }

  public Document withLanguage(String newLanguage) {
    return new Document(id, text, newLanguage, published, source, dateline, title, url, sentences, entities, diagnostics);
  }

  public Document withPublished(LocalDate newPublished) {
    return new Document(id, text, language, newPublished, source, dateline, title, url, sentences, entities, diagnostics);
  }

  public Document withSource(String newSource) {
    return new Document(id, text, language, published, newSource, dateline, title, url, sentences, entities, diagnostics);
  }

  public Document withDateline(String newDateline) {
    return new Document(id, text, language, published, source, newDateline, title, url, sentences, entities, diagnostics);
  }

  public Document withTitle(String newTitle) {
    return new Document(id, text, language, published, source, dateline, newTitle, url, sentences, entities, diagnostics);
  }

  public Document withUrl(String newUrl) {
    return new Document(id, text, language, published, source, dateline, title, newUrl, sentences, entities, diagnostics);
  }

  public Document withSentences(List<Sentence> newSentences) {
    return new Document(id, text, language, published, source, dateline, title, url, newSentences, entities, diagnostics);
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(id, text, language, published, source, dateline, title, url, sentences, newEntities, diagnostics);
  }

  public Document withDiagnostic(Diagnostic diagnostic) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(diagnostic);
    return new Document(id, text, language, published, source, dateline, title, url, sentences, entities, all);
  }

  public Document withDiagnostics(List<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more);
    return new Document(id, text, language, published, source, dateline, title, url, sentences, entities, all);
  }

  /** True when a diagnostic says the document could not be analysed. */
  public boolean failed() {
    return diagnostics.stream().anyMatch(Diagnostic::isFailure);
  }
}
