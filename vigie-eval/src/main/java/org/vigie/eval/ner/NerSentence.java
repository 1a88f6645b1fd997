package org.vigie.eval.ner;

import java.util.List;

/**
 * One gold sentence: its tokens and its entities as token spans into {@code tokens}.
 * {@code document} numbers the corpus document the sentence belongs to, from 0; a corpus without
 * document separators has every sentence in document 0.
 */
public record NerSentence(List<String> tokens, List<TypedSpan> gold, int document) {
  public NerSentence {
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs at least one token");
    }
    for (String token : tokens) {
      if (token.isEmpty()) {
        throw new IllegalArgumentException("empty token in " + tokens);
      }
    }
    for (TypedSpan span : gold) {
      if (span.endToken() > tokens.size()) {
        throw new IllegalArgumentException(
            "gold span " + span + " ends after the sentence's " + tokens.size() + " tokens");
      }
    }
    if (document < 0) {
      throw new IllegalArgumentException("negative document number " + document);
    }
  }

  /** A sentence of document 0. */
  public NerSentence(List<String> tokens, List<TypedSpan> gold) {
    this(tokens, gold, 0);
  }
}
