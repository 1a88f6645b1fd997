package org.vigie.model;

import java.util.List;

/**
 * The NLP layer seen from the rest of Vigie: sentences, tokens with POS, lemma, NER label and
 * dependency parse. Implementations must be safe to call from several threads.
 */
public interface NlpAnalyzer {
  /** Analyses {@code text} in {@code language} (ISO 639-1). */
  Analysis analyze(String text, String language);

  /** The languages this analyzer can process. */
  List<String> languages();

  /** What the NLP layer produced, and what it had to skip. */
  record Analysis(List<Sentence> sentences, List<Diagnostic> diagnostics) {
    public Analysis {
      sentences = List.copyOf(sentences);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
