package org.vigie.eval.ner;

import java.util.Objects;

/**
 * A typed run of tokens, half-open: tokens {@code startToken} (inclusive) to {@code endToken}
 * (exclusive) of one sentence, or of one evaluation chunk where the evaluator says so.
 */
public record TypedSpan(int startToken, int endToken, String type) {
  public TypedSpan {
    if (startToken < 0 || endToken <= startToken) {
      throw new IllegalArgumentException("bad token span " + startToken + ".." + endToken);
    }
    Objects.requireNonNull(type, "type");
    if (type.isBlank()) {
      throw new IllegalArgumentException("blank span type");
    }
  }

  /** The same span moved {@code offset} tokens to the right. */
  public TypedSpan shift(int offset) {
    return new TypedSpan(startToken + offset, endToken + offset, type);
  }
}
