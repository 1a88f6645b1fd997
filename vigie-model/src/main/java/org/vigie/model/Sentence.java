package org.vigie.model;

import java.util.List;

/** A sentence: half-open character range of the document text, its tokens, and whether it was parsed. */
public record Sentence(int index, int start, int end, List<Token> tokens, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
