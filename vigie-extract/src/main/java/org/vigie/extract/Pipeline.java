package org.vigie.extract;

import org.vigie.extract.entity.EntityStage;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.NlpAnalyzer;

/**
 * The analysis of one article, as a recipe: check the language, run the NLP, find the entities.
 * Never throws for a bad article: problems become diagnostics on the document, so a batch goes on.
 */
public final class Pipeline {
  private final NlpAnalyzer nlp;
  private final EntityStage entities = new EntityStage();

  public Pipeline(NlpAnalyzer nlp) {
    this.nlp = nlp;
  }

  /** Analyses a document that a reader prepared (text, metadata and language set). */
  public Document process(Document document) {
    if (document.failed()) {
      return document;
    }
    String language = document.language();
    if (language == null) {
      return document.withDiagnostic(Diagnostic.of("error.language",
          document.id() + ": could not identify the language (too little text?)"));
    }
    if (!nlp.languages().contains(language)) {
      return document.withDiagnostic(Diagnostic.of("error.unsupported-language",
          document.id() + ": unsupported language: " + language));
    }
    try {
      NlpAnalyzer.Analysis analysis = nlp.analyze(document.text(), language);
      Document parsed = document.withSentences(analysis.sentences()).withDiagnostics(analysis.diagnostics());
      return entities.apply(parsed);
    } catch (RuntimeException | OutOfMemoryError e) {
      // A defect, not the user's fault: keep the batch going and say what broke.
      return document.withDiagnostic(Diagnostic.of("error.internal",
          document.id() + ": analysis failed: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
    }
  }
}
